// Compiling Go regexps with RE2 and giving Go's errors (see regexp_compile.h).
//
// RE2's options for Go's two syntaxes: Perl (regexp.Compile) is RE2's
// default syntax, the same flags as Go's syntax.Perl; POSIX
// (regexp.CompilePOSIX) is RE2's posix_syntax with leftmost-longest
// matching, where, as in Go, ^ and $ match at line boundaries. RE2 never
// logs: its errors become Go's.
//
// The Go-only rejections are found by a scan that only needs to tell the
// pattern's top-level tokens apart: an escape (\x, \x{...}, \p{...}, the
// literal run \Q...\E), a character class [...] (a leading ] or ^], [:name:]
// inside), a group opening "(?P<name>" or "(?flags". Whatever the scan does
// not understand stops it: RE2 then reports the pattern's first error
// itself.
#include "stdlib/regexp_compile.h"

#include <cstdint>
#include <optional>

#include "runtime/utf8.h"
#include "stdlib/regexp_unicode_names.h"

namespace golem::stdlib {

namespace {

constexpr auto npos = std::string_view::npos;

RE2::Options optionsFor(RegexpSyntax syntax) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(int64_t{128} << 20);  // Go's maxSize budget; RE2's default 8 MB refuses \pL{1000}
  options.set_posix_syntax(syntax.posix);
  options.set_longest_match(syntax.posix || syntax.longest);
  return options;
}

re2::StringPiece pieceOf(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// Where the first byte of s that does not start a valid UTF-8 sequence is.
size_t firstInvalidUTF8(std::string_view s) {
  auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  for (size_t i = 0; i < s.size();) {
    rt::DecodedRune d = rt::decodeRune(bytes + i, static_cast<int64_t>(s.size() - i));
    if (d.rune == rt::kRuneError && d.width == 1) return i;
    i += static_cast<size_t>(d.width);
  }
  return npos;
}

size_t runeWidthAt(std::string_view s, size_t i) {
  auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  rt::DecodedRune d = rt::decodeRune(bytes + i, static_cast<int64_t>(s.size() - i));
  return d.width > 0 ? static_cast<size_t>(d.width) : 1;
}

// Go 1.19 takes only ASCII letters, digits and '_' in a capture name.
bool isGoCaptureName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && c != '_') return false;
  }
  return true;
}

// A construct RE2 accepts and Go rejects. Go reports it unless the text
// before it has an error: textBefore is that text for RE2 to judge, the
// pattern up to the construct, with an open character class closed.
struct GoOnlyError {
  std::string textBefore;
  RE2::ErrorCode code;
  std::string_view expr;
};

// The scan for a GoOnlyError: each step either moves past one token, finds
// an error, or gives up (the pattern is malformed there and RE2 will say how).
class GoOnlyScan {
 public:
  explicit GoOnlyScan(std::string_view pattern) : p_(pattern) {}

  std::optional<GoOnlyError> run() {
    while (at_ < p_.size() && !gaveUp_ && !found_) {
      if (p_[at_] == '\\') {
        escape(true);
      } else if (p_[at_] == '[') {
        characterClass();
      } else if (p_.compare(at_, 2, "(?") == 0) {
        groupOpening();
      } else {
        at_++;
      }
    }
    return found_;
  }

 private:
  void giveUp() { gaveUp_ = true; }

  void find(RE2::ErrorCode code, std::string_view expr) {
    std::string before(p_.substr(0, at_));
    if (classStart_ != npos) {
      if (classHasItems_) {
        // Closing the class must not make a "[:...:]" that was not there.
        if (before.back() == ':') before += 'x';
        before += ']';
      } else {
        before.resize(classStart_);
      }
    }
    found_ = GoOnlyError{std::move(before), code, expr};
  }

  void skipRune() { at_ += runeWidthAt(p_, at_); }

  // An escape at at_; \C and \Q are special only outside classes.
  void escape(bool topLevel) {
    if (at_ + 1 >= p_.size()) return giveUp();
    char c = p_[at_ + 1];
    if (topLevel && c == 'C') {
      find(RE2::ErrorBadEscape, p_.substr(at_, 2));
    } else if (topLevel && c == 'Q') {
      size_t end = p_.find("\\E", at_ + 2);
      std::string_view literal = p_.substr(at_ + 2, end == npos ? npos : end - at_ - 2);
      if (size_t bad = firstInvalidUTF8(literal); bad != npos) return find(RE2::ErrorBadUTF8, literal.substr(bad));
      at_ = end == npos ? p_.size() : end + 2;
    } else if (c == 'p' || c == 'P') {
      unicodeClass();
    } else if (c == 'x') {
      // \x{hex...} or \x with two more characters, valid or not.
      at_ += 2;
      if (at_ < p_.size() && p_[at_] == '{') {
        size_t close = p_.find('}', at_);
        if (close == npos) return giveUp();
        at_ = close + 1;
        return;
      }
      for (int i = 0; i < 2 && at_ < p_.size(); i++) skipRune();
    } else {
      at_++;
      skipRune();
    }
  }

  // \pN, \p{Name} or \p{^Name} (and \P): Go knows fewer names than RE2.
  void unicodeClass() {
    size_t nameAt = at_ + 2;
    if (nameAt >= p_.size()) return giveUp();
    std::string_view sequence, name;
    if (p_[nameAt] == '{') {
      size_t close = p_.find('}', nameAt);
      if (close == npos) return giveUp();
      sequence = p_.substr(at_, close + 1 - at_);
      name = p_.substr(nameAt + 1, close - nameAt - 1);
      if (size_t bad = firstInvalidUTF8(name); bad != npos) return find(RE2::ErrorBadUTF8, name.substr(bad));
    } else {
      if (firstInvalidUTF8(p_.substr(nameAt, runeWidthAt(p_, nameAt))) == 0) {
        return find(RE2::ErrorBadUTF8, p_.substr(nameAt));
      }
      size_t width = runeWidthAt(p_, nameAt);
      sequence = p_.substr(at_, nameAt + width - at_);
      name = p_.substr(nameAt, width);
    }
    if (!name.empty() && name[0] == '^') name.remove_prefix(1);
    if (!isGoUnicodeClassName(name)) return find(RE2::ErrorBadCharRange, sequence);
    at_ += sequence.size();
  }

  // [...]: a ] right after [ or [^ is a literal; [:name:] is one item; an
  // item followed by - and anything but ] is a range lo-hi.
  void characterClass() {
    classStart_ = at_;
    classHasItems_ = false;
    at_++;
    if (at_ < p_.size() && p_[at_] == '^') at_++;
    bool first = true;
    while (at_ < p_.size() && (p_[at_] != ']' || first) && !found_ && !gaveUp_) {
      first = false;
      if (p_.compare(at_, 2, "[:") == 0) {
        if (size_t close = p_.find(":]", at_ + 2); close != npos) {
          at_ = close + 2;
          classHasItems_ = true;
          continue;
        }
      }
      bool singleCharacter = classItem();
      if (found_ || gaveUp_) return;
      classHasItems_ = true;
      if (singleCharacter && at_ + 1 < p_.size() && p_[at_] == '-' && p_[at_ + 1] != ']') {
        at_++;
        // A range's end is one character: Go parses \p there as a bad escape.
        if (p_.compare(at_, 2, "\\p") == 0 || p_.compare(at_, 2, "\\P") == 0) return giveUp();
        classItem();
      }
    }
    if (at_ >= p_.size()) return giveUp();
    at_++;
    classStart_ = npos;
  }

  // One item of a class; false for a class of characters (\d, \pL, ...),
  // which cannot start a range.
  bool classItem() {
    if (p_[at_] != '\\') {
      skipRune();
      return true;
    }
    bool single = at_ + 1 >= p_.size() || std::string_view("dDsSwWpP").find(p_[at_ + 1]) == npos;
    escape(false);
    return single;
  }

  // "(?P<name>" or "(?flags)" / "(?flags:".
  void groupOpening() {
    if (p_.compare(at_, 4, "(?P<") == 0) {
      size_t close = p_.find('>', at_ + 4);
      if (close == npos) return giveUp();
      std::string_view name = p_.substr(at_ + 4, close - at_ - 4);
      if (size_t bad = firstInvalidUTF8(name); bad != npos) return find(RE2::ErrorBadUTF8, name.substr(bad));
      if (!isGoCaptureName(name)) return find(RE2::ErrorBadNamedCapture, p_.substr(at_, close + 1 - at_));
      at_ = close + 1;
      return;
    }
    size_t i = at_ + 2;
    while (i < p_.size() && (p_[i] == '-' || (p_[i] >= 'a' && p_[i] <= 'z') || (p_[i] >= 'A' && p_[i] <= 'Z'))) i++;
    if (i >= p_.size() || (p_[i] != ')' && p_[i] != ':')) return giveUp();
    at_ = i + 1;
  }

  std::string_view p_;
  size_t at_ = 0;
  size_t classStart_ = npos;  // the [ of the class being scanned
  bool classHasItems_ = false;
  bool gaveUp_ = false;
  std::optional<GoOnlyError> found_;
};

// Whether counted is "{min}", "{min,}" or "{min,max}" with numbers Go
// refuses: above 1000, or max below min.
bool isBadRepeatCount(std::string_view counted) {
  if (counted.size() < 3 || counted.front() != '{' || counted.back() != '}') return false;
  std::string_view inside = counted.substr(1, counted.size() - 2);
  auto number = [](std::string_view digits) -> int64_t {
    if (digits.empty()) return -1;
    int64_t n = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return -1;
      n = n < 100000000 ? n * 10 + (c - '0') : n;  // saturates: any such n is too big
    }
    return n;
  };
  size_t comma = inside.find(',');
  int64_t min = number(inside.substr(0, comma));
  if (min < 0) return false;
  if (comma == npos) return min > 1000;
  std::string_view maxDigits = inside.substr(comma + 1);
  if (maxDigits.empty()) return min > 1000;
  int64_t max = number(maxDigits);
  if (max < 0) return false;
  return min > 1000 || max > 1000 || min > max;
}

// Go's error for a pattern RE2 refused. `seen` is the text RE2 parsed: all
// of `pattern`, or the part before a Go-only error.
CompiledRegexp errorFrom(const RE2& re, std::string_view seen, std::string_view pattern, RegexpSyntax syntax) {
  RE2::ErrorCode code = re.error_code();
  std::string expr = re.error_arg();
  auto endsWith = [&](std::string_view tail) {
    return seen.size() >= tail.size() && seen.substr(seen.size() - tail.size()) == tail;
  };
  switch (code) {
    case RE2::ErrorBadUTF8:
      if (size_t bad = firstInvalidUTF8(pattern); bad != npos) {
        expr = pattern.substr(bad);
      } else if (endsWith("\\x{")) {
        code = RE2::ErrorBadEscape;
        expr = "\\x{";
      } else if (syntax.posix && endsWith("-")) {
        code = RE2::ErrorBadCharRange;  // POSIX allows - last in a class only before ]
        expr = "-";
      }
      break;
    case RE2::ErrorBadEscape:
      // \p or \P ending a class item with no name after it: RE2 sees a bad
      // escape, Go a bad class (unless it ends a range, where Go agrees).
      if (!syntax.posix && (endsWith("\\p") || endsWith("\\P")) && (expr == "\\p" || expr == "\\P")) {
        std::string_view item = seen.substr(0, seen.size() - 2);
        bool endsRange = item.size() >= 2 && item.back() == '-' && !item.ends_with("[-") && !item.ends_with("[^-");
        if (!endsRange) code = RE2::ErrorBadCharRange;
      }
      break;
    case RE2::ErrorRepeatSize:
    case RE2::ErrorRepeatOp:
      // Go judges a {min,max}'s numbers as soon as it reads them, so "*{1001}"
      // is a bad count rather than a nested repetition; and it never shows the
      // ? of a non-greedy {min,max}?.
      if (size_t brace = expr.rfind('{'); brace != npos) {
        std::string counted = expr.substr(brace);
        if (counted.size() > 1 && counted.back() == '?') counted.pop_back();
        if (isBadRepeatCount(counted)) {
          code = RE2::ErrorRepeatSize;
          expr = counted;
        }
      }
      break;
    case RE2::ErrorUnexpectedParen:
    case RE2::ErrorPatternTooLarge:
    case RE2::ErrorInternal:
      expr = pattern;  // errors Go reports with the whole pattern
      break;
    default:
      break;
  }
  return CompiledRegexp{nullptr, std::string(goErrorCodeText(code)), expr};
}

}  // namespace

std::string_view goErrorCodeText(RE2::ErrorCode code) {
  switch (code) {
    case RE2::NoError: return "";
    case RE2::ErrorInternal: return "regexp/syntax: internal error";
    case RE2::ErrorBadEscape: return "invalid escape sequence";
    case RE2::ErrorBadCharClass: return "invalid character class";
    case RE2::ErrorBadCharRange: return "invalid character class range";
    case RE2::ErrorMissingBracket: return "missing closing ]";
    case RE2::ErrorMissingParen: return "missing closing )";
    case RE2::ErrorUnexpectedParen: return "unexpected )";
    case RE2::ErrorTrailingBackslash: return "trailing backslash at end of expression";
    case RE2::ErrorRepeatArgument: return "missing argument to repetition operator";
    case RE2::ErrorRepeatSize: return "invalid repeat count";
    case RE2::ErrorRepeatOp: return "invalid nested repetition operator";
    case RE2::ErrorBadPerlOp: return "invalid or unsupported Perl syntax";
    case RE2::ErrorBadUTF8: return "invalid UTF-8";
    case RE2::ErrorBadNamedCapture: return "invalid named capture";
    case RE2::ErrorPatternTooLarge: return "regexp/syntax: internal error";
  }
  return "regexp/syntax: internal error";
}

CompiledRegexp compileGoRegexp(std::string_view pattern, RegexpSyntax syntax) {
  RE2::Options options = optionsFor(syntax);
  if (!syntax.posix) {
    if (std::optional<GoOnlyError> goOnly = GoOnlyScan(pattern).run()) {
      // Go stops at its first error: one in the text before wins, except an
      // unclosed group, which Go only notices at the end of the pattern.
      RE2 re(pieceOf(goOnly->textBefore), options);
      if (!re.ok() && re.error_code() != RE2::ErrorMissingParen) {
        return errorFrom(re, goOnly->textBefore, pattern, syntax);
      }
      return CompiledRegexp{nullptr, std::string(goErrorCodeText(goOnly->code)), std::string(goOnly->expr)};
    }
  }
  auto re = std::make_unique<RE2>(pieceOf(pattern), options);
  if (!re->ok()) return errorFrom(*re, pattern, pattern, syntax);
  return CompiledRegexp{std::move(re), "", ""};
}

}  // namespace golem::stdlib
