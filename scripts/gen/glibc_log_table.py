"""The constants of glibc's log, read out of this machine's libm, for GlibcLog.java.

numpy's legacy normal sampler calls the C library's log; to draw numpy's numbers bit for bit,
GlibcLog evaluates glibc's algorithm (since 2.28: ARM's optimized-routines log, MIT licence)
with its own table. The table is data compiled into libm.so.6 (the struct __log_data: ln2hi,
ln2lo, poly[5], poly1[11], tab[128] of (invc, logc), tab2[128]); this script finds it by its
first two constants and prints the Java array initialisers:
    python3 scripts/gen/glibc_log_table.py /lib/x86_64-linux-gnu/libm.so.6
"""
import struct
import sys

LN2HI = float.fromhex("0x1.62e42fefa3800p-1")
LN2LO = float.fromhex("0x1.ef35793c76730p-45")
POLY1_FIRST = -0.5


def main(path):
    data = open(path, "rb").read()
    start = 0
    while True:
        at = data.find(struct.pack("<dd", LN2HI, LN2LO), start)
        if at < 0:
            sys.exit("no __log_data in " + path)
        v = struct.unpack("<274d", data[at:at + 274 * 8])
        # log's struct has five poly coefficients then poly1 starting at -0.5 (pow's differs)
        if v[7] == POLY1_FIRST and v[2] != POLY1_FIRST:
            break
        start = at + 1
    poly, poly1, tab = v[2:7], v[7:18], v[18:274]
    print("    private static final double[] POLY = {" + ", ".join(x.hex() for x in poly) + "};")
    print("    private static final double[] POLY1 = {")
    for x in poly1:
        print("        " + x.hex() + ",")
    print("    };")
    print("    /** (1/c, log c) for the 128 subintervals of [0x1.6p-1, 0x1.6p0). */")
    print("    private static final double[] INVC_LOGC = {")
    for i in range(128):
        print(f"        {tab[2 * i].hex()}, {tab[2 * i + 1].hex()},")
    print("    };")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/lib/x86_64-linux-gnu/libm.so.6")
