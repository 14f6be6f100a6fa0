// Reading GODEBUG settings (see godebug.h).
#include "runtime/godebug.h"

#include <cstdlib>
#include <cstring>

namespace golem::rt {

int64_t godebug(const char* name) {
  const char* list = getenv("GODEBUG");
  if (list == nullptr) return 0;
  size_t nameLen = strlen(name);
  // The last occurrence wins, as in Go.
  int64_t value = 0;
  for (const char* item = list; *item != 0;) {
    const char* end = strchr(item, ',');
    if (end == nullptr) end = item + strlen(item);
    if (size_t(end - item) > nameLen && strncmp(item, name, nameLen) == 0 && item[nameLen] == '=')
      value = strtoll(item + nameLen + 1, nullptr, 10);
    item = *end ? end + 1 : end;
  }
  return value;
}

}  // namespace golem::rt
