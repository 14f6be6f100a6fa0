// The REPL's line readers: libedit on a terminal, a plain pipe otherwise
// (see repl_line_reader.h).
#include "cli/repl_line_reader.h"

#include <histedit.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace golem::repl {

namespace {

constexpr int kHistorySize = 1000;

std::string historyPath() {
  const char* home = getenv("HOME");
  return home && *home ? std::string(home) + "/.golem_history" : "";
}

class TerminalReader : public LineReader {
 public:
  explicit TerminalReader(Completer completer) : completer_(std::move(completer)) {
    editor_ = el_init("golem", stdin, stdout, stderr);
    history_ = history_init();
    HistEvent ev;
    history(history_, &ev, H_SETSIZE, kHistorySize);
    history(history_, &ev, H_SETUNIQUE, 1);
    if (!historyPath_.empty()) history(history_, &ev, H_LOAD, historyPath_.c_str());
    el_set(editor_, EL_CLIENTDATA, this);
    el_set(editor_, EL_EDITOR, "emacs");
    el_set(editor_, EL_PROMPT, &TerminalReader::promptOf);
    el_set(editor_, EL_HIST, history, history_);
    el_set(editor_, EL_ADDFN, "golem-complete", "Complete the word before the cursor", &TerminalReader::complete);
    el_set(editor_, EL_BIND, "^I", "golem-complete", nullptr);
    el_set(editor_, EL_ADDFN, "golem-interrupt", "Abandon the line", &TerminalReader::interrupt);
    el_set(editor_, EL_BIND, "^C", "golem-interrupt", nullptr);
    // Every key waits for the editor, while it edits and between two lines:
    // libedit's "execute" mode would make the terminal cooked again
    // (repl_interrupt.h explains why it must not).
    el_set(editor_, EL_SETTY, "-d", "-isig", nullptr);
    el_set(editor_, EL_SETTY, "-x", "-isig", "-icanon", "-echo", nullptr);
    el_source(editor_, nullptr);
  }

  ~TerminalReader() override {
    history_end(history_);
    el_end(editor_);
  }

  Result read(const std::string& prompt, std::string& line) override {
    prompt_ = prompt;
    interrupted_ = false;
    int count = 0;
    const char* text = el_gets(editor_, &count);
    if (interrupted_) return Result::Interrupted;
    if (!text || count <= 0) {
      fputs("\n", stdout);
      fflush(stdout);
      return Result::End;
    }
    line.assign(text, size_t(count));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    remember(line);
    return Result::Line;
  }

 private:
  static TerminalReader* self(EditLine* el) {
    void* data = nullptr;
    el_get(el, EL_CLIENTDATA, &data);
    return static_cast<TerminalReader*>(data);
  }

  static char* promptOf(EditLine* el) { return const_cast<char*>(self(el)->prompt_.c_str()); }

  static unsigned char interrupt(EditLine* el, int) {
    self(el)->interrupted_ = true;
    fputs("^C\n", stdout);
    fflush(stdout);
    return CC_NEWLINE;
  }

  static unsigned char complete(EditLine* el, int) {
    TerminalReader* r = self(el);
    const LineInfo* li = el_line(el);
    std::string before(li->buffer, size_t(li->cursor - li->buffer));
    size_t start = before.size();
    std::vector<std::string> candidates = r->completer_(before, &start);
    if (candidates.empty()) return CC_REFRESH_BEEP;
    std::string word = before.substr(start);
    std::string common = candidates.front();
    for (const std::string& c : candidates) {
      size_t n = 0;
      while (n < common.size() && n < c.size() && common[n] == c[n]) n++;
      common.resize(n);
    }
    if (common.size() > word.size()) {
      el_insertstr(el, common.substr(word.size()).c_str());
      return CC_REFRESH;
    }
    if (candidates.size() == 1) return CC_REFRESH;
    r->list(candidates);
    return CC_REDISPLAY;
  }

  // Prints the candidates in columns under the line being edited.
  void list(const std::vector<std::string>& candidates) {
    size_t width = 0;
    for (const std::string& c : candidates) width = std::max(width, c.size());
    width += 2;
    size_t columns = std::max<size_t>(1, 80 / width);
    std::string out = "\n";
    for (size_t k = 0; k < candidates.size(); k++) {
      std::string cell = candidates[k];
      bool last = (k + 1) % columns == 0 || k + 1 == candidates.size();
      if (!last) cell.resize(width, ' ');
      out += cell + (last ? "\n" : "");
    }
    fputs(out.c_str(), stdout);
    fflush(stdout);
  }

  void remember(const std::string& line) {
    if (line.find_first_not_of(" \t") == std::string::npos) return;
    HistEvent ev;
    history(history_, &ev, H_ENTER, line.c_str());
    if (!historyPath_.empty()) history(history_, &ev, H_SAVE, historyPath_.c_str());
  }

  Completer completer_;
  EditLine* editor_ = nullptr;
  History* history_ = nullptr;
  std::string historyPath_ = historyPath();
  std::string prompt_;
  bool interrupted_ = false;
};

class PipeReader : public LineReader {
 public:
  ~PipeReader() override { free(buffer_); }

  Result read(const std::string&, std::string& line) override {
    ssize_t n;
    do {
      errno = 0;
      n = getline(&buffer_, &capacity_, stdin);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return Result::End;
    line.assign(buffer_, size_t(n));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return Result::Line;
  }

 private:
  char* buffer_ = nullptr;
  size_t capacity_ = 0;
};

}  // namespace

std::unique_ptr<LineReader> makeTerminalReader(Completer completer) {
  return std::make_unique<TerminalReader>(std::move(completer));
}

std::unique_ptr<LineReader> makePipeReader() { return std::make_unique<PipeReader>(); }

}  // namespace golem::repl
