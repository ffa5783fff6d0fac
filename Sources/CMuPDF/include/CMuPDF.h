// A small C facade over MuPDF for Nianbao's PDF reader: every character of every page with its box and baseline,
// and the straight lines and filled rectangles the page draws. MuPDF's fz_try/fz_catch (setjmp/longjmp) stays in
// this C code; Swift sees plain structs and a status code.
#ifndef NIANBAO_CMUPDF_H
#define NIANBAO_CMUPDF_H

#include <stddef.h>
#include <stdint.h>

/// One character: its Unicode scalar, its box (font metrics, not ink), its baseline origin and font size, its
/// colour (sRGB, 0xRRGGBB), whether its line is set in vertical writing mode, and the direction its line runs in
/// (a unit vector, y down: (1, 0) for upright text, (0, 1) on a page turned by /Rotate 90), and the number of its
/// line on the page (MuPDF's lines in order, from 0).
typedef struct {
    uint32_t codepoint;
    float x0, y0, x1, y1;
    float origin_x, origin_y;
    float size;
    int32_t vertical;
    uint32_t color;
    float dir_x, dir_y;
    int32_t line;
} nb_pdf_char;

/// What a segment is.
enum {
    /// A stroked straight line from (x0, y0) to (x1, y1), `width` thick.
    NB_PDF_STROKE = 0,
    /// A filled axis-aligned rectangle (x0, y0)–(x1, y1).
    NB_PDF_FILL = 1,
};

/// A drawn straight line or filled rectangle, in page space (points, origin top left, y down), with its colour
/// (sRGB channels and opacity, 0 to 1), and how many of the page's characters were drawn before it (the characters
/// it may lie over: a white box drawn over a figure hides it).
typedef struct {
    float x0, y0, x1, y1;
    float width;
    int32_t kind;
    float red, green, blue, alpha;
    int32_t chars_before;
} nb_pdf_segment;

/// The box of an annotation that may change what the text under it shows (page space, y down): a text box, a
/// filled shape, a stamp, a redaction, ink or a line drawn over the page (a figure corrected in a PDF editor).
/// `alpha` is NULL when the whole box may hide what is under it (a text box, a redaction, a filled shape, a
/// strike-out, a stamp, ink or a line without an appearance of its own); otherwise it holds how opaque the
/// annotation's appearance, drawn alone, is over the box (a stamp, ink, a line: an electronic seal's red ring shows the
/// page through it): `columns` × `rows` values from 0 (clear) to 255 (opaque), row by row from the top, each cell an
/// equal part of the box. `crossing` is 1 for ink or a line, which hide a character their strokes pass through (a
/// figure crossed out), 0 for a stamp, which hides a character it paints over most of.
typedef struct {
    float x0, y0, x1, y1;
    uint8_t *alpha;
    int32_t columns, rows;
    int32_t crossing;
} nb_pdf_cover;

/// One page: its size, characters in drawing order, segments in drawing order, how many images it draws, and the
/// boxes of the annotations over it that may cover text (comments, sticky notes, highlights and links are none).
typedef struct {
    float width, height;
    nb_pdf_char *chars;
    int32_t char_count;
    nb_pdf_segment *segments;
    int32_t segment_count;
    int32_t image_count;
    nb_pdf_cover *covers;
    int32_t cover_count;
} nb_pdf_page;

/// A read document; `message` holds MuPDF's explanation when reading failed.
typedef struct {
    int32_t page_count;
    nb_pdf_page *pages;
    /// Whether MuPDF had to rebuild the file's cross-reference table to read it (a damaged file).
    int32_t repaired;
    /// With `NB_PDF_TOO_MUCH_DRAWN`: the page (from 1) that went over, what went over (`NB_PDF_OVER_SEGMENTS`,
    /// `_CHARS`, `_OPERATIONS` or `_TIME`), and 1 when it was the whole document's allowance rather than the page's
    /// own (always for time).
    int32_t over_page, over_what, over_document;
    char message[512];
} nb_pdf_document;

/// What reading gave.
enum {
    NB_PDF_OK = 0,
    /// MuPDF could not open or read the file (not a PDF, truncated, damaged beyond repair).
    NB_PDF_BROKEN = 1,
    /// The file needs a password.
    NB_PDF_ENCRYPTED = 2,
    /// The file has more pages than the caller allows.
    NB_PDF_TOO_MANY_PAGES = 3,
    /// Memory ran out.
    NB_PDF_NO_MEMORY = 4,
    /// A page, or the document, draws more segments or characters than the limits allow.
    NB_PDF_TOO_MUCH_DRAWN = 5,
};

/// What went over a limit, in `nb_pdf_document.over_what`.
enum {
    NB_PDF_OVER_SEGMENTS = 1,
    NB_PDF_OVER_CHARS = 2,
    /// Drawing operations: paths, clips, text, images, shadings; a form drawn is one.
    NB_PDF_OVER_OPERATIONS = 3,
    /// Time: the read's deadline (`nb_pdf_limits.milliseconds`) passed while the page was read.
    NB_PDF_OVER_TIME = 4,
};

/// The most one read holds: pages, and the segments, characters and drawing operations one page and the whole
/// document may draw.
/// MuPDF is stopped as soon as a page passes its limit, so a small file that draws a drawing inside itself over
/// and over costs no more time or memory than the limit.
typedef struct {
    int32_t pages;
    int32_t segments_per_page, chars_per_page, operations_per_page;
    int32_t segments, chars, operations;
    /// The most milliseconds the read may take (0: no deadline). A thread of its own watches it and stops MuPDF
    /// between two operators when it passes.
    int32_t milliseconds;
} nb_pdf_limits;

/// Reads every page of the PDF in `bytes`. `*out` is always set (free it with `nb_pdf_free`), also on failure,
/// when its `message` says why. Reads at most `limits.pages` pages; more is `NB_PDF_TOO_MANY_PAGES`. A page or the
/// document drawing more than `limits` allows, or still being read at its deadline, is `NB_PDF_TOO_MUCH_DRAWN`, and
/// no page from it on is read.
int32_t nb_pdf_read(const uint8_t *bytes, size_t length, nb_pdf_limits limits, nb_pdf_document **out);

/// Frees what `nb_pdf_read` returned.
void nb_pdf_free(nb_pdf_document *document);

#endif
