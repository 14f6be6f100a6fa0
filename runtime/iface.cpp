// Itabs and assertion messages (see iface.h).
#include "runtime/iface.h"

#include <map>
#include <mutex>

namespace golem::rt {

namespace {
std::mutex itabLock;
std::map<std::pair<const Type*, const Type*>, const Itab*>& itabTable() {
  static auto* table = new std::map<std::pair<const Type*, const Type*>, const Itab*>();
  return *table;
}
}  // namespace

const Itab* getitab(const Type* inter, const Type* type, std::string* missing) {
  if (!type) return nullptr;
  std::lock_guard<std::mutex> lock(itabLock);
  auto& table = itabTable();
  auto key = std::make_pair(inter, type);
  if (auto it = table.find(key); it != table.end()) {
    if (!it->second && missing) {
      // Recompute the name for the message (rare path).
    } else {
      return it->second;
    }
  }
  auto* tab = new Itab{inter, type, {}};
  // Both lists are sorted by name: one merge pass.
  size_t j = 0;
  for (const Method& want : inter->imethods) {
    while (j < type->methods.size() && type->methods[j].name < want.name) j++;
    bool found = j < type->methods.size() && type->methods[j].name == want.name &&
                 (!want.funcType || !type->methods[j].funcType || want.funcType == type->methods[j].funcType);
    if (!found) {
      if (missing) *missing = want.name;
      delete tab;
      table[key] = nullptr;
      return nullptr;
    }
    tab->fun.push_back(type->methods[j].ifn);
  }
  table[key] = tab;
  return tab;
}

void forgetItabs(const Type* type) {
  std::lock_guard<std::mutex> lock(itabLock);
  auto& table = itabTable();
  for (auto it = table.begin(); it != table.end();) it = it->first.second == type ? table.erase(it) : std::next(it);
}

std::string assertionErrorMessage(const Type* staticIface, const Type* dynamic, const Type* wanted,
                                  const std::string& missingMethod) {
  std::string s = "interface conversion: ";
  if (!missingMethod.empty()) {
    return s + dynamic->str + " is not " + wanted->str + ": missing method " + missingMethod;
  }
  s += staticIface->str + " is " + (dynamic ? dynamic->str : "nil") + ", not " + wanted->str;
  return s;
}

}  // namespace golem::rt
