// Sizes, alignments and field offsets, by gc's rules for amd64
// (cmd/compile/internal/types/size.go), which unsafe.Sizeof, Alignof and
// Offsetof report and which the runtime's value layouts follow.
//
//  - Words are 8 bytes: int, uint, uintptr, pointers, maps, channels and
//    funcs are one word; a string is {ptr, len} (16), a slice {ptr, len, cap}
//    (24), an interface {itab or type, data} (16).
//  - complex64 is two float32s: size 8, align 4; complex128 size 16, align 8.
//  - An array is len copies of its element, aligned as the element; an array
//    of zero-size elements (or of length 0) has size 0.
//  - A struct places each field at the next offset aligned for it; its
//    alignment is its largest field alignment (1 when empty). If a non-empty
//    struct ends in a zero-size field, one byte of padding follows, so that
//    &s.last never points just past the object (into the next one: issue
//    9401); then the size is rounded up to the alignment.
//  - Untyped basic types are measured as their default types.
#include <cassert>

#include "compiler/types.h"

namespace golem::types {

namespace {

constexpr int64_t kWord = 8;

struct Layout {
  int64_t size;
  int64_t align;
};

int64_t alignUp(int64_t n, int64_t align) {
  return (n + align - 1) / align * align;
}

Layout basicLayout(BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return {1, 1};
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return {2, 2};
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32:
    case BasicKind::UntypedRune:
      return {4, 4};
    case BasicKind::Complex64:
      return {8, 4};
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
      return {16, 8};
    case BasicKind::String:
    case BasicKind::UntypedString:
      return {2 * kWord, kWord};
    default:  // int, uint, uintptr, 64-bit numbers, unsafe.Pointer, untyped int/float/nil
      return {kWord, kWord};
  }
}

Layout layoutOf(const Type* t);

// Lays out a sequence of fields; offsets (if given) receives each one's offset.
Layout structLayout(const std::vector<Var*>& fields, std::vector<int64_t>* offsets) {
  int64_t offset = 0;
  int64_t align = 1;
  int64_t lastSize = -1;
  for (const Var* f : fields) {
    Layout l = layoutOf(f->type);
    offset = alignUp(offset, l.align);
    if (offsets) offsets->push_back(offset);
    offset += l.size;
    align = std::max(align, l.align);
    lastSize = l.size;
  }
  if (offset > 0 && lastSize == 0) offset++;
  return {alignUp(offset, align), align};
}

Layout layoutOf(const Type* t) {
  assert(t);
  switch (t->kind) {
    case TypeKind::Basic:
      return basicLayout(static_cast<const Basic*>(t)->basic);
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      Layout e = layoutOf(a->elem);
      return {e.size * a->len, e.align};
    }
    case TypeKind::Slice:
      return {3 * kWord, kWord};
    case TypeKind::Struct:
      return structLayout(static_cast<const Struct*>(t)->fields, nullptr);
    case TypeKind::Tuple:
      return structLayout(static_cast<const Tuple*>(t)->vars, nullptr);
    case TypeKind::Interface:
      return {2 * kWord, kWord};
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
      return {kWord, kWord};
    case TypeKind::Named: {
      const Type* u = static_cast<const Named*>(t)->underlying;
      assert(u && "layout of a Named type whose declaration is unfinished");
      return u ? layoutOf(u) : Layout{0, 1};
    }
  }
  return {0, 1};
}

}  // namespace

int64_t sizeOf(const Type* t) {
  return layoutOf(t).size;
}

int64_t alignOf(const Type* t) {
  return layoutOf(t).align;
}

std::vector<int64_t> fieldOffsets(const Struct* s) {
  std::vector<int64_t> offsets;
  offsets.reserve(s->fields.size());
  structLayout(s->fields, &offsets);
  return offsets;
}

}  // namespace golem::types
