// Equality of Go values by type descriptor (see equal.h).
#include "runtime/equal.h"

#include "runtime/string.h"

#include <cstring>

namespace golem::rt {

namespace {

template <typename T>
T loadAs(const void* p) {
  T v;
  memcpy(&v, p, sizeof v);
  return v;
}

bool interfaceEqual(bool empty, const void* a, const void* b, const Type** uncomparable) {
  auto ea = loadAs<Eface>(a);
  auto eb = loadAs<Eface>(b);
  const Type* ta = ea.type;
  const Type* tb = eb.type;
  if (!empty) {
    ta = ta ? reinterpret_cast<const Itab*>(ta)->type : nullptr;
    tb = tb ? reinterpret_cast<const Itab*>(tb)->type : nullptr;
  }
  if (ta != tb) return false;
  if (!ta) return true;
  if (!ta->comparable) {
    if (uncomparable && !*uncomparable) *uncomparable = ta;
    return false;
  }
  return valuesEqual(ta, efaceValuePtr(Eface{ta, ea.data}), efaceValuePtr(Eface{tb, eb.data}), uncomparable);
}

}  // namespace

bool valuesEqual(const Type* t, const void* a, const void* b) { return valuesEqual(t, a, b, nullptr); }

bool valuesEqual(const Type* t, const void* a, const void* b, const Type** uncomparable) {
  switch (t->kind) {
    case Kind::Float32: return loadAs<float>(a) == loadAs<float>(b);
    case Kind::Float64: return loadAs<double>(a) == loadAs<double>(b);
    case Kind::Complex64:
      return loadAs<float>(a) == loadAs<float>(b) &&
             loadAs<float>(static_cast<const char*>(a) + 4) == loadAs<float>(static_cast<const char*>(b) + 4);
    case Kind::Complex128:
      return loadAs<double>(a) == loadAs<double>(b) &&
             loadAs<double>(static_cast<const char*>(a) + 8) == loadAs<double>(static_cast<const char*>(b) + 8);
    case Kind::String: {
      return eqstring(loadAs<String>(a), loadAs<String>(b));
    }
    case Kind::Interface:
      return interfaceEqual(t->imethods.empty(), a, b, uncomparable);
    case Kind::Array:
      for (uint64_t k = 0; k < t->len; k++) {
        uint64_t off = k * t->elem->size;
        if (!valuesEqual(t->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off, uncomparable))
          return false;
      }
      return true;
    case Kind::Struct:
      for (const auto& f : t->fields) {
        if (f.name == "_") continue;
        if (!valuesEqual(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset,
                         uncomparable))
          return false;
      }
      return true;
    default:
      return memcmp(a, b, t->size) == 0;
  }
}

}  // namespace golem::rt
