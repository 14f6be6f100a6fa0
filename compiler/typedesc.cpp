// Builds rt::Type descriptors from checker types (see typedesc.h).
#include "compiler/typedesc.h"

#include <memory>
#include <mutex>
#include <unordered_map>

#include "runtime/malloc.h"

namespace golem {

namespace {

using types::Type;
using types::TypeKind;

std::unordered_map<std::string, rt::Type*>& canonicalTable() {
  static auto* table = new std::unordered_map<std::string, rt::Type*>();
  return *table;
}

rt::Kind basicKindToRt(types::BasicKind k) {
  using B = types::BasicKind;
  switch (k) {
    case B::Bool: case B::UntypedBool: return rt::Kind::Bool;
    case B::Int: case B::UntypedInt: return rt::Kind::Int;
    case B::Int8: return rt::Kind::Int8;
    case B::Int16: return rt::Kind::Int16;
    case B::Int32: case B::UntypedRune: return rt::Kind::Int32;
    case B::Int64: return rt::Kind::Int64;
    case B::Uint: return rt::Kind::Uint;
    case B::Uint8: return rt::Kind::Uint8;
    case B::Uint16: return rt::Kind::Uint16;
    case B::Uint32: return rt::Kind::Uint32;
    case B::Uint64: return rt::Kind::Uint64;
    case B::Uintptr: return rt::Kind::Uintptr;
    case B::Float32: return rt::Kind::Float32;
    case B::Float64: case B::UntypedFloat: return rt::Kind::Float64;
    case B::Complex64: return rt::Kind::Complex64;
    case B::Complex128: case B::UntypedComplex: return rt::Kind::Complex128;
    case B::String: case B::UntypedString: return rt::Kind::String;
    case B::UnsafePointer: return rt::Kind::UnsafePointer;
    default: return rt::Kind::Invalid;
  }
}

// Sets bit w in the mask. ptrdata follows at once: a recursive type (type
// Node struct{ next *Node }) merges the pointer-to-itself descriptor while
// that one is still being filled, and must already see its pointer word.
void setPointerWord(rt::Type* d, uint64_t w) {
  if (d->gcmask.size() <= w / 8) d->gcmask.resize(w / 8 + 1, 0);
  d->gcmask[w / 8] |= uint8_t(1u << (w % 8));
  if (d->ptrdata < (w + 1) * 8) d->ptrdata = (w + 1) * 8;
}

// Copies `from`'s pointer words into `d` starting at byte offset `off`.
void mergePointers(rt::Type* d, const rt::Type* from, uint64_t off) {
  if (!from->ptrdata) return;
  for (uint64_t w = 0; w * 8 < from->ptrdata; w++)
    if (from->wordIsPointer(w)) setPointerWord(d, off / 8 + w);
}

void finishPtrdata(rt::Type* d) {
  d->ptrdata = 0;
  for (uint64_t w = 0; w < d->gcmask.size() * 8; w++)
    if ((d->gcmask[w / 8] >> (w % 8)) & 1) d->ptrdata = (w + 1) * 8;
}

void fill(rt::Type* d, Type* t) {
  d->size = uint64_t(types::sizeOf(t));
  d->align = uint8_t(types::alignOf(t));
  d->fieldAlign = d->align;
  d->comparable = types::isComparable(t);
  d->str = types::runtimeTypeString(t);
  Type* u = types::underlying(t);
  if (t->kind == TypeKind::Named) {
    auto* n = static_cast<types::Named*>(t);
    d->named = true;
    d->name = n->obj->name;
    d->pkgPath = n->obj->pkg ? n->obj->pkg->path : "";
  }
  switch (u->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      d->kind = basicKindToRt(b->basic);
      if (b->basic == types::BasicKind::String || b->basic == types::BasicKind::UntypedString ||
          b->basic == types::BasicKind::UnsafePointer)
        setPointerWord(d, 0);
      break;
    }
    case TypeKind::Pointer:
      d->kind = rt::Kind::Pointer;
      setPointerWord(d, 0);
      d->elem = descriptorOf(static_cast<types::Pointer*>(u)->elem);
      break;
    case TypeKind::Slice:
      d->kind = rt::Kind::Slice;
      setPointerWord(d, 0);
      d->elem = descriptorOf(static_cast<types::Slice*>(u)->elem);
      break;
    case TypeKind::Array: {
      auto* a = static_cast<types::Array*>(u);
      d->kind = rt::Kind::Array;
      d->elem = descriptorOf(a->elem);
      d->len = uint64_t(a->len);
      if (d->elem->ptrdata)
        for (int64_t k = 0; k < a->len; k++) mergePointers(d, d->elem, uint64_t(k) * d->elem->size);
      break;
    }
    case TypeKind::Struct: {
      auto* s = static_cast<types::Struct*>(u);
      d->kind = rt::Kind::Struct;
      auto offsets = types::fieldOffsets(s);
      for (size_t k = 0; k < s->fields.size(); k++) {
        auto* f = s->fields[k];
        rt::StructField sf{f->name, descriptorOf(f->type), uint64_t(offsets[k]), f->embedded,
                           f->exported()};
        mergePointers(d, sf.type, sf.offset);
        d->fields.push_back(sf);
      }
      break;
    }
    case TypeKind::Map:
      d->kind = rt::Kind::Map;
      setPointerWord(d, 0);
      d->key = descriptorOf(static_cast<types::Map*>(u)->key);
      d->elem = descriptorOf(static_cast<types::Map*>(u)->elem);
      break;
    case TypeKind::Chan:
      d->kind = rt::Kind::Chan;
      setPointerWord(d, 0);
      d->elem = descriptorOf(static_cast<types::Chan*>(u)->elem);
      break;
    case TypeKind::Signature: {
      auto* sig = static_cast<types::Signature*>(u);
      d->kind = rt::Kind::Func;
      setPointerWord(d, 0);
      for (auto* v : sig->params->vars) d->in.push_back(descriptorOf(v->type));
      for (auto* v : sig->results->vars) d->out.push_back(descriptorOf(v->type));
      d->variadic = sig->variadic;
      break;
    }
    case TypeKind::Interface: {
      d->kind = rt::Kind::Interface;
      setPointerWord(d, 0);
      setPointerWord(d, 1);
      auto* it = static_cast<types::Interface*>(u);
      for (auto* m : it->allMethods) d->imethods.push_back(rt::Method{m->name, descriptorOf(m->type), nullptr});
      break;
    }
    default:
      break;
  }
  finishPtrdata(d);
  rt::precomputeHeapBits(*d);
}

}  // namespace

const rt::Type* descriptorOf(types::Type* t) {
  if (t->descriptor) return t->descriptor;
  if (t->kind == TypeKind::Basic) {
    // Predeclared types share the runtime's descriptors, so values made by
    // intrinsics (rt::stringType()) and by compiled code have one type.
    rt::Kind k = basicKindToRt(static_cast<types::Basic*>(t)->basic);
    if (k != rt::Kind::Invalid) {
      t->descriptor = rt::basicType(k);
      return t->descriptor;
    }
  }
  std::string key = types::typeIdentityKey(t);
  auto& table = canonicalTable();
  auto it = table.find(key);
  if (it != table.end()) {
    t->descriptor = it->second;
    return it->second;
  }
  auto* d = new rt::Type();
  table.emplace(key, d);
  t->descriptor = d;  // set before filling: recursive types refer to themselves
  fill(d, t);
  if (t->kind == TypeKind::Named && d->str == "error") rt::setErrorInterfaceType(d);
  return d;
}

bool isLargeValue(types::Type* t) { return (types::sizeOf(t) + 7) / 8 > vm::kMaxFrameValueWords; }

uint8_t indirectFlags(types::Type* key, types::Type* value) {
  uint8_t x = 0;
  if (key && isLargeValue(key)) x |= vm::kXIndirectKey;
  if (isLargeValue(value)) x |= vm::kXIndirectValue;
  return x;
}

uint32_t storageWordsOf(types::Type* t) { return uint32_t(vm::storageWordsFor(uint64_t(types::sizeOf(t)))); }

uint32_t wordsOf(types::Type* t) { return isLargeValue(t) ? 1 : storageWordsOf(t); }

}  // namespace golem
