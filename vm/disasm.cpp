// The bytecode disassembler behind `golem build -gcflags=-S`, and opcode
// names, both generated from vm/opcodes.h.
#include <cstdio>

#include "vm/proto.h"

namespace golem::vm {

namespace {

const char* const kNames[] = {
#define GOLEM_OP_NAME(name, doc) #name,
    GOLEM_OPCODES(GOLEM_OP_NAME)
#undef GOLEM_OP_NAME
};
const char* const kDocs[] = {
#define GOLEM_OP_DOC(name, doc) doc,
    GOLEM_OPCODES(GOLEM_OP_DOC)
#undef GOLEM_OP_DOC
};

bool isJump(Op op) {
  return op == Op::JMP || op == Op::LOOP || op == Op::JT || op == Op::JF || op == Op::JTB || op == Op::JFB;
}
bool isFusedJump(Op op) { return (op >= Op::JEQ && op <= Op::JGEI) || (op >= Op::JEQB && op <= Op::JGEIB); }

}  // namespace

const char* opName(Op op) { return kNames[static_cast<int>(op)]; }
const char* opDoc(Op op) { return kDocs[static_cast<int>(op)]; }

void disassembleProto(const Proto& p, std::string& out) {
  char buf[160];
  snprintf(buf, sizeof buf, "%s STEXT params=%u results=%u frame=%u words\n", p.name.c_str(),
           p.paramWords, p.resultWords, p.frameWords);
  out += buf;
  if (p.native) {
    out += "\tintrinsic\n";
    return;
  }
  for (size_t k = 0; k < p.code.size(); k++) {
    const Instr& in = p.code[k];
    int line = k < p.lines.size() ? p.lines[k] : 0;
    if (isJump(in.op)) {
      snprintf(buf, sizeof buf, "\t%05zu (%d)\t%-10s R%u -> %05lld\n", k, line, opName(in.op), in.a,
               (long long)(int64_t(k) + 1 + in.sbx()));
    } else if (isFusedJump(in.op)) {
      snprintf(buf, sizeof buf, "\t%05zu (%d)\t%-10s R%u %u -> %05lld\n", k, line, opName(in.op), in.a,
               in.b, (long long)(int64_t(k) + 1 + in.imm()));
    } else if (in.op == Op::EXTRA) {
      snprintf(buf, sizeof buf, "\t%05zu (%d)\t%-10s %u\n", k, line, opName(in.op), in.bx());
    } else {
      snprintf(buf, sizeof buf, "\t%05zu (%d)\t%-10s %u %u %u%s\n", k, line, opName(in.op), in.a, in.b,
               in.c, in.x ? (" x=" + std::to_string(in.x)).c_str() : "");
    }
    out += buf;
  }
}

void disassemble(const Image& image, std::string& out) {
  for (auto& p : image.protos) {
    if (p->native) continue;
    disassembleProto(*p, out);
  }
}

}  // namespace golem::vm
