// Zstandard (Debian: libzstd-dev), for the objects Nianbao stores and sends compressed. Only the stable API and
// the dictionary builder are used.
#include <zstd.h>
#include <zdict.h>
