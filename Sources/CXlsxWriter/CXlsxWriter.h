// libxlsxwriter (BSD-2-Clause, Debian's libxlsxwriter-dev): writes .xlsx workbooks for the county's yearly form.
#include <xlsxwriter.h>
