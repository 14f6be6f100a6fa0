// The intrinsics of package path/filepath (stdlib/path/filepath/*.go),
// bound by name in stdlib/natives.cpp: the few file-system questions Abs and
// Glob ask, answered with the Linux calls Go's os package makes.
//
// getwd follows os.Getwd: $PWD when it names the same directory as "."
// (same device and inode), so a path reached through a symbolic link keeps
// its spelling, else getcwd(3). readDirNames is what Glob reads of a
// directory: the entry names without "." and "..", in the order the
// directory gives them (Glob sorts them). Errors come back as raw errno
// values or flags for the Go side to wrap.
#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/slice.h"
#include "runtime/string.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

std::string stringArg(vm::NativeCall& call, size_t word) { return std::string(rt::asStringView(call.string(word))); }

bool sameFile(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

}  // namespace

// func getwd() (dir string, errno int, statFailed bool)
void filepathGetwd(vm::NativeCall& call) {
  call.word<rt::String>(0) = rt::String{nullptr, 0};
  call.word<int64_t>(2) = 0;
  call.word<uint64_t>(3) = 0;
  struct stat dot;
  if (::stat(".", &dot) != 0) {
    call.word<int64_t>(2) = errno;
    call.word<uint64_t>(3) = 1;
    return;
  }
  const char* pwd = std::getenv("PWD");
  struct stat named;
  if (pwd != nullptr && pwd[0] == '/' && ::stat(pwd, &named) == 0 && sameFile(dot, named)) {
    call.word<rt::String>(0) = rt::copyString(pwd);
    return;
  }
  std::vector<char> buffer(4096);
  for (;;) {
    if (::getcwd(buffer.data(), buffer.size()) != nullptr) break;
    if (errno == ERANGE) {
      buffer.resize(buffer.size() * 2);
    } else if (errno != EINTR) {
      call.word<int64_t>(2) = errno;
      return;
    }
  }
  call.word<rt::String>(0) = rt::copyString(buffer.data());
}

// func lstatExists(name string) bool
void filepathLstatExists(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  struct stat st;
  call.word<uint64_t>(2) = ::lstat(name.c_str(), &st) == 0 ? 1 : 0;
}

// func readDirNames(dir string) (names []string, ok bool): ok is false when
// dir is not a directory that can be read.
void filepathReadDirNames(vm::NativeCall& call) {
  std::string dir = stringArg(call, 0);
  call.word<rt::Slice>(2) = rt::Slice{nullptr, 0, 0};
  call.word<uint64_t>(5) = 0;
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return;
  DIR* stream = ::opendir(dir.c_str());
  if (stream == nullptr) return;
  std::vector<std::string> names;
  while (struct dirent* entry = ::readdir(stream)) {
    std::string_view name = entry->d_name;
    if (name != "." && name != "..") names.emplace_back(name);
  }
  ::closedir(stream);
  auto count = static_cast<int64_t>(names.size());
  // The slice goes into its result slot before its strings are allocated,
  // so that it stays reachable from the frame.
  rt::Slice& made = call.word<rt::Slice>(2);
  rt::makeslice(rt::basicType(rt::Kind::String), count, count, made);
  for (size_t i = 0; i < names.size(); i++) static_cast<rt::String*>(made.data)[i] = rt::copyString(names[i]);
  call.word<uint64_t>(5) = 1;
}

}  // namespace golem::stdlib
