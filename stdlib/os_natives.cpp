// The intrinsics of package os (stdlib/os/*.go), bound by name in
// stdlib/natives.cpp: thin wrappers over the Linux system calls that return
// a raw errno (0 for success) for the Go side to wrap in Go's errors.
//
// Calls are retried on EINTR, as Go's os package does. File descriptors 1
// and 2 are written through runtime/output.h, so that os.Stdout and fmt's
// output share one buffer and keep program order. New Go strings and slices
// are heap copies (rt::copyString, rt::makeslice). Errno texts are Go's
// (syscall's table: lower-case, "no such file or directory"), which are
// glibc's strerror texts with a lower-case first letter for the errors a
// script meets; the exceptions Go spells differently are listed.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/output.h"
#include "runtime/slice.h"
#include "runtime/string.h"
#include "vm/native.h"
#include "vm/proc.h"

extern char** environ;

namespace golem::stdlib {

namespace {

std::string stringArg(vm::NativeCall& call, size_t word) { return std::string(rt::asStringView(call.string(word))); }

// A new []string holding items, in the result words at `word`.
void returnStrings(vm::NativeCall& call, size_t word, const std::vector<std::string>& items) {
  rt::Slice made{nullptr, 0, 0};
  auto n = static_cast<int64_t>(items.size());
  rt::makeslice(rt::basicType(rt::Kind::String), n, n, made);
  auto* elems = static_cast<rt::String*>(made.data);
  for (size_t i = 0; i < items.size(); i++) elems[i] = rt::copyString(items[i]);
  call.word<rt::Slice>(word) = made;
}

template <typename F>
auto retryEINTR(F f) {
  for (;;) {
    auto r = f();
    if (r >= 0 || errno != EINTR) return r;
  }
}

}  // namespace

// func runtimeArgs() []string
void osRuntimeArgs(vm::NativeCall& call) { returnStrings(call, 0, rt::programArgs()); }

// func Exit(code int)
void osExit(vm::NativeCall& call) {
  rt::flushStdout();
  std::_Exit(static_cast<int>(call.word<int64_t>(0)));
}

// func errnoText(e int) string
void osErrnoText(vm::NativeCall& call) {
  int e = static_cast<int>(call.word<int64_t>(0));
  std::string text;
  switch (e) {
    case EAGAIN: text = "resource temporarily unavailable"; break;
    case EBADF: text = "bad file descriptor"; break;
    case ELOOP: text = "too many levels of symbolic links"; break;
    case EIO: text = "input/output error"; break;
    default: {
      const char* s = std::strerror(e);
      text = s ? s : "";
      if (text.rfind("Unknown error", 0) == 0) {
        text = "errno " + std::to_string(e);
      } else if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
      }
    }
  }
  call.word<rt::String>(1) = rt::copyString(text);
}

// func getenv(key string) (value string, found bool)
void osGetenv(vm::NativeCall& call) {
  const char* v = std::getenv(stringArg(call, 0).c_str());
  call.word<rt::String>(2) = v ? rt::copyString(v) : rt::String{nullptr, 0};
  call.word<uint64_t>(4) = v ? 1 : 0;
}

// func setenv(key, value string)
void osSetenv(vm::NativeCall& call) { ::setenv(stringArg(call, 0).c_str(), stringArg(call, 2).c_str(), 1); }

// func unsetenv(key string)
void osUnsetenv(vm::NativeCall& call) { ::unsetenv(stringArg(call, 0).c_str()); }

// func Environ() []string
void osEnviron(vm::NativeCall& call) {
  std::vector<std::string> items;
  for (char** e = environ; e && *e; e++) items.emplace_back(*e);
  returnStrings(call, 0, items);
}

// func write(fd int, b []byte) (n int, errno int)
void osWrite(vm::NativeCall& call) {
  int fd = static_cast<int>(call.word<int64_t>(0));
  rt::Slice b = call.slice(1);
  auto* p = static_cast<const char*>(b.data);
  int64_t done = 0;
  int err = 0;
  if (fd == 1 || fd == 2) {
    if (b.len > 0) (fd == 1 ? rt::writeStdout : rt::writeStderr)(p, static_cast<size_t>(b.len));
    done = b.len;
  } else {
    vm::sched::SyscallScope syscall(*call.thread);
    while (done < b.len) {
      ssize_t n = retryEINTR([&] { return ::write(fd, p + done, static_cast<size_t>(b.len - done)); });
      if (n < 0) {
        err = errno;
        break;
      }
      done += n;
    }
  }
  call.word<int64_t>(4) = done;
  call.word<int64_t>(5) = err;
}

// The reads and writes below are the calls that may block for long (a
// terminal, a pipe, a slow disk): each runs in a sched::SyscallScope, which
// hands the goroutine's P off around the call (vm/proc.h). They return the bytes moved and
// 0, or the errno; 0 bytes and 0 from read means end of file.

// func read(fd int, b []byte) (n int, errno int): one read(2), at most
// len(b) bytes. Standard output is flushed before reading standard input,
// so a prompt printed without a newline shows before the program waits.
void osRead(vm::NativeCall& call) {
  int fd = static_cast<int>(call.word<int64_t>(0));
  rt::Slice b = call.slice(1);
  if (fd == 0) rt::flushStdout();
  ssize_t n;
  {
    vm::sched::SyscallScope syscall(*call.thread);
    n = retryEINTR([&] { return ::read(fd, b.data, static_cast<size_t>(b.len)); });
  }
  call.word<int64_t>(4) = n < 0 ? 0 : n;
  call.word<int64_t>(5) = n < 0 ? errno : 0;
}

namespace {

// Runs one positioned transfer, ::pread or ::pwrite, on the frame of
// func p(fd int, b []byte, off int64) (n int, errno int).
template <typename Transfer>
void transferAt(vm::NativeCall& call, Transfer transfer) {
  int fd = static_cast<int>(call.word<int64_t>(0));
  rt::Slice b = call.slice(1);
  auto off = static_cast<off_t>(call.word<int64_t>(4));
  ssize_t n;
  {
    vm::sched::SyscallScope syscall(*call.thread);
    n = retryEINTR([&] { return transfer(fd, b.data, static_cast<size_t>(b.len), off); });
  }
  call.word<int64_t>(5) = n < 0 ? 0 : n;
  call.word<int64_t>(6) = n < 0 ? errno : 0;
}

}  // namespace

// func pread(fd int, b []byte, off int64) (n int, errno int): one pread(2).
void osPread(vm::NativeCall& call) { transferAt(call, ::pread); }

// func pwrite(fd int, b []byte, off int64) (n int, errno int): one
// pwrite(2).
void osPwrite(vm::NativeCall& call) { transferAt(call, ::pwrite); }

// func seek(fd int, offset int64, whence int) (pos int64, errno int)
void osSeek(vm::NativeCall& call) {
  int fd = static_cast<int>(call.word<int64_t>(0));
  auto offset = static_cast<off_t>(call.word<int64_t>(1));
  int whence = static_cast<int>(call.word<int64_t>(2));
  off_t pos = ::lseek(fd, offset, whence);
  call.word<int64_t>(3) = pos < 0 ? 0 : pos;
  call.word<int64_t>(4) = pos < 0 ? errno : 0;
}

// func closeFd(fd int) (errno int)
void osCloseFd(vm::NativeCall& call) {
  int fd = static_cast<int>(call.word<int64_t>(0));
  call.word<int64_t>(1) = ::close(fd) == 0 ? 0 : errno;
}

// func openFile(name string, flag int, perm uint32) (fd int, errno int)
void osOpenFile(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  int flag = static_cast<int>(call.word<int64_t>(2)) | O_CLOEXEC;
  auto perm = static_cast<mode_t>(call.word<uint64_t>(3) & 0777);
  int fd = retryEINTR([&] { return ::open(name.c_str(), flag, perm); });
  call.word<int64_t>(4) = fd < 0 ? -1 : fd;
  call.word<int64_t>(5) = fd < 0 ? errno : 0;
}

// func readFile(name string) (data []byte, failedOp int, errno int)
void osReadFile(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  call.word<rt::Slice>(2) = rt::Slice{nullptr, 0, 0};
  call.word<int64_t>(5) = 0;
  call.word<int64_t>(6) = 0;
  int fd = retryEINTR([&] { return ::open(name.c_str(), O_RDONLY | O_CLOEXEC); });
  if (fd < 0) {
    call.word<int64_t>(6) = errno;
    return;
  }
  // Go reads into a buffer of the file's size plus one (at least 512),
  // growing it as append does if the file is longer.
  struct stat st;
  int64_t size = ::fstat(fd, &st) == 0 ? static_cast<int64_t>(st.st_size) : 0;
  int64_t cap = size + 1 < 512 ? 512 : size + 1;
  std::string bytes;
  char buf[65536];
  int err = 0;
  for (;;) {
    ssize_t n = retryEINTR([&] { return ::read(fd, buf, sizeof buf); });
    if (n < 0) {
      err = errno;
      break;
    }
    if (n == 0) break;
    bytes.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  if (err != 0) {
    call.word<int64_t>(5) = 1;
    call.word<int64_t>(6) = err;
    return;
  }
  auto len = static_cast<int64_t>(bytes.size());
  if (len > cap) cap = len;  // grown past the estimate (a file that grew, or /proc)
  rt::Slice made{nullptr, 0, 0};
  rt::makeslice(rt::basicType(rt::Kind::Uint8), len, cap, made);
  if (len > 0) std::memcpy(made.data, bytes.data(), bytes.size());
  call.word<rt::Slice>(2) = made;
}

// func mkdir(name string, perm uint32) (errno int)
void osMkdir(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  auto perm = static_cast<mode_t>(call.word<uint64_t>(2) & 07777);
  int r = retryEINTR([&] { return ::mkdir(name.c_str(), perm); });
  call.word<int64_t>(3) = r == 0 ? 0 : errno;
}

// func statDir(name string) (exists, isDir bool)
void osStatDir(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  struct stat st;
  bool exists = ::stat(name.c_str(), &st) == 0;
  call.word<uint64_t>(2) = exists ? 1 : 0;
  call.word<uint64_t>(3) = exists && S_ISDIR(st.st_mode) ? 1 : 0;
}

// func unlink(name string) (errno int)
void osUnlink(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  call.word<int64_t>(2) = ::unlink(name.c_str()) == 0 ? 0 : errno;
}

// func rmdir(name string) (errno int)
void osRmdir(vm::NativeCall& call) {
  std::string name = stringArg(call, 0);
  call.word<int64_t>(2) = ::rmdir(name.c_str()) == 0 ? 0 : errno;
}

}  // namespace golem::stdlib
