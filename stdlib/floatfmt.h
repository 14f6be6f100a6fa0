// Floating-point formatting exactly as Go 1.19's strconv.FormatFloat.
//
// formatFloat appends the text of v in Go's format `fmt` ('e', 'E', 'f', 'g',
// 'G', 'b', 'x', 'X') with precision `prec` (-1 = the shortest text that
// reads back as the same value) for a float of `bitSize` bits (32 or 64; a
// 32-bit value is first rounded to float32, and its shortest text is the
// shortest that reads back as that float32). An unknown fmt appends '%' and
// the letter, as Go does. fmt's %v, %g, %e, ... are built on it, and so will
// strconv be.
#pragma once

#include <string>

namespace golem::stdlib {

void formatFloat(std::string& out, double v, char fmt, int prec, int bitSize);

}  // namespace golem::stdlib
