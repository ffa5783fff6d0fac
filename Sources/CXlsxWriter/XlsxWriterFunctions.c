// The libxlsxwriter functions CountyWorkbook calls, as trampolines into the library opened on first use. Every
// function CountyWorkbook calls must be listed here: one that is not is an undefined symbol when nianbao is linked.
#include "CXlsxWriter.h"

#include "CLibraryLoader.h"

// (return type, name, parameters, arguments); XV for functions that return nothing.
#define NB_XLSXWRITER_FUNCTIONS(X, XV)                                                                              \
    X(lxw_workbook *, workbook_new, (const char *filename), (filename))                                              \
    X(lxw_error, workbook_close, (lxw_workbook * workbook), (workbook))                                              \
    X(lxw_format *, workbook_add_format, (lxw_workbook * workbook), (workbook))                                      \
    X(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook * workbook, const char *sheetname),                     \
      (workbook, sheetname))                                                                                         \
    X(lxw_error, workbook_set_properties, (lxw_workbook * workbook, lxw_doc_properties * properties),                \
      (workbook, properties))                                                                                        \
    X(char *, lxw_strerror, (lxw_error error_num), (error_num))                                                      \
    XV(format_set_align, (lxw_format * format, uint8_t alignment), (format, alignment))                              \
    XV(format_set_bg_color, (lxw_format * format, lxw_color_t color), (format, color))                               \
    XV(format_set_bold, (lxw_format * format), (format))                                                             \
    XV(format_set_border, (lxw_format * format, uint8_t style), (format, style))                                     \
    XV(format_set_font_color, (lxw_format * format, lxw_color_t color), (format, color))                             \
    XV(format_set_font_size, (lxw_format * format, double size), (format, size))                                     \
    XV(format_set_text_wrap, (lxw_format * format), (format))                                                        \
    XV(worksheet_fit_to_pages, (lxw_worksheet * worksheet, uint16_t width, uint16_t height),                         \
       (worksheet, width, height))                                                                                   \
    XV(worksheet_freeze_panes, (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col))    \
    X(lxw_error, worksheet_merge_range,                                                                              \
      (lxw_worksheet * worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col,  \
       const char *string, lxw_format *format),                                                                      \
      (worksheet, first_row, first_col, last_row, last_col, string, format))                                         \
    X(lxw_error, worksheet_repeat_columns, (lxw_worksheet * worksheet, lxw_col_t first_col, lxw_col_t last_col),    \
      (worksheet, first_col, last_col))                                                                              \
    X(lxw_error, worksheet_repeat_rows, (lxw_worksheet * worksheet, lxw_row_t first_row, lxw_row_t last_row),       \
      (worksheet, first_row, last_row))                                                                              \
    XV(worksheet_set_landscape, (lxw_worksheet * worksheet), (worksheet))                                            \
    XV(worksheet_set_paper, (lxw_worksheet * worksheet, uint8_t paper_type), (worksheet, paper_type))               \
    XV(worksheet_set_margins, (lxw_worksheet * worksheet, double left, double right, double top, double bottom),      \
       (worksheet, left, right, top, bottom))                                                                        \
    XV(worksheet_set_print_scale, (lxw_worksheet * worksheet, uint16_t scale), (worksheet, scale))                  \
    X(lxw_error, worksheet_set_v_pagebreaks, (lxw_worksheet * worksheet, lxw_col_t breaks[]), (worksheet, breaks))  \
    X(lxw_error, worksheet_set_h_pagebreaks, (lxw_worksheet * worksheet, lxw_row_t breaks[]), (worksheet, breaks))  \
    X(lxw_error, worksheet_set_row, (lxw_worksheet * worksheet, lxw_row_t row, double height, lxw_format *format),  \
      (worksheet, row, height, format))                                                                              \
    X(lxw_error, worksheet_set_column,                                                                               \
      (lxw_worksheet * worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format),        \
      (worksheet, first_col, last_col, width, format))                                                               \
    X(lxw_error, worksheet_write_blank, (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, lxw_format *format), \
      (worksheet, row, col, format))                                                                                 \
    X(lxw_error, worksheet_write_comment, (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, const char *string), \
      (worksheet, row, col, string))                                                                                 \
    X(lxw_error, worksheet_write_formula_num,                                                                        \
      (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, const char *formula, lxw_format *format,             \
       double result),                                                                                               \
      (worksheet, row, col, formula, format, result))                                                                \
    X(lxw_error, worksheet_write_number,                                                                             \
      (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format),                  \
      (worksheet, row, col, number, format))                                                                         \
    X(lxw_error, worksheet_write_string,                                                                             \
      (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format),             \
      (worksheet, row, col, string, format))

#ifdef __APPLE__
NB_LIBRARY_FUNCTIONS(NB_XLSXWRITER_FUNCTIONS, "libxlsxwriter.dylib")
#else
NB_LIBRARY_FUNCTIONS(NB_XLSXWRITER_FUNCTIONS, "libxlsxwriter.so.4")
#endif

int nb_xlsxwriter_load(void) { return nb_library_load(&nb_library_handle); }

const char *nb_xlsxwriter_error(void) { return nb_library_handle.error; }
