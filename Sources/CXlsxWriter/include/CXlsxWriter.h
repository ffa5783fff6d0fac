// libxlsxwriter (BSD-2-Clause, Debian's libxlsxwriter-dev): writes .xlsx workbooks for the county's yearly form.
// The library is opened when the first workbook is written, not when nianbao starts (see CLibraryLoader).
#ifndef NIANBAO_CXLSXWRITER_H
#define NIANBAO_CXLSXWRITER_H

#include <xlsxwriter.h>

/// Opens libxlsxwriter if it is not open yet. Returns 1 when it can be used; else 0, and
/// `nb_xlsxwriter_error()` says why. Call before any other function of the library.
int nb_xlsxwriter_load(void);

/// Why `nb_xlsxwriter_load` failed.
const char *nb_xlsxwriter_error(void);

#endif
