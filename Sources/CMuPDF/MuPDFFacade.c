// Nianbao's MuPDF facade: opens a PDF from memory, runs each page (its contents and form fields) once through a
// device that records the straight lines and filled rectangles it draws and forwards its text to MuPDF's
// structured-text device, then copies the characters out. Every MuPDF exception is caught here and becomes a status
// code and a message.
#include "CMuPDF.h"

#include <errno.h>
#include <math.h>
#include <mupdf/fitz.h>
#include <mupdf/pdf.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/// What stopped reading a page (0 while nothing has: `NB_PDF_OVER_SEGMENTS`, `_CHARS` or `_OPERATIONS`), and the
/// cookie that tells MuPDF to stop interpreting it.
typedef struct {
    int32_t over;
    fz_cookie cookie;
} page_stop;

static void stop_page(page_stop *stop, int32_t what) {
    if (!stop->over) stop->over = what;
    stop->cookie.abort = 1;
}

/// Where counting the characters the structured-text device has extracted so far stopped: its last block, line and
/// character counted. The device only appends (blocks to the page, lines to the last block, characters to the last
/// line), so counting goes on from there, and the count is a character's index in `copy_chars`'s order.
typedef struct {
    fz_stext_page *page;
    fz_stext_block *block;
    fz_stext_line *line;
    fz_stext_char *ch;
    int32_t count;
} char_cursor;

/// How many characters the structured-text device holds now.
static int32_t chars_so_far(char_cursor *cursor) {
    if (!cursor->page) return 0;
    if (!cursor->block) {
        cursor->block = cursor->page->first_block;
        cursor->line = NULL;
        cursor->ch = NULL;
    }
    while (cursor->block) {
        if (cursor->block->type == FZ_STEXT_BLOCK_TEXT) {
            if (!cursor->line) {
                cursor->line = cursor->block->u.t.first_line;
                cursor->ch = NULL;
            }
            while (cursor->line) {
                for (fz_stext_char *ch = cursor->ch ? cursor->ch->next : cursor->line->first_char; ch; ch = ch->next) {
                    cursor->count++;
                    cursor->ch = ch;
                }
                if (!cursor->line->next) break;
                cursor->line = cursor->line->next;
                cursor->ch = NULL;
            }
        }
        if (!cursor->block->next) break;
        cursor->block = cursor->block->next;
        cursor->line = NULL;
        cursor->ch = NULL;
    }
    return cursor->count;
}

typedef struct {
    nb_pdf_segment *items;
    int32_t count, capacity;
    int failed;
    /// The most segments kept; one more stops the page.
    int32_t limit;
    page_stop *stop;
    /// The characters extracted so far, for each segment's `chars_before`.
    char_cursor chars;
} segment_list;

static void segments_add(
    segment_list *list, float x0, float y0, float x1, float y1, float width, int32_t kind, const float *rgba) {
    if (list->failed || list->stop->over) return;
    if (list->count >= list->limit) {
        stop_page(list->stop, NB_PDF_OVER_SEGMENTS);
        return;
    }
    if (list->count == list->capacity) {
        int32_t capacity = list->capacity ? list->capacity * 2 : 64;
        nb_pdf_segment *grown = realloc(list->items, sizeof(nb_pdf_segment) * (size_t)capacity);
        if (!grown) {
            list->failed = 1;
            return;
        }
        list->items = grown;
        list->capacity = capacity;
    }
    nb_pdf_segment *segment = &list->items[list->count++];
    segment->x0 = x0;
    segment->y0 = y0;
    segment->x1 = x1;
    segment->y1 = y1;
    segment->width = width;
    segment->kind = kind;
    segment->red = rgba[0];
    segment->green = rgba[1];
    segment->blue = rgba[2];
    segment->alpha = rgba[3];
    segment->chars_before = chars_so_far(&list->chars);
}

/// Points of the subpath being walked, in page space.
typedef struct {
    fz_matrix ctm;
    segment_list *segments;
    int stroking;
    float width;
    /// The colour drawn with (sRGB and opacity).
    float rgba[4];
    fz_point start, current;
    fz_point corners[5];
    int corner_count;
    int polygon;  // 1 while the subpath is straight lines only
} path_walk;

static void flush_fill(path_walk *walk) {
    // A filled subpath of 4 corners (5 with the closing point) forming an axis-aligned rectangle.
    int n = walk->corner_count;
    if (walk->stroking || !walk->polygon) return;
    if (n == 5 && walk->corners[4].x == walk->corners[0].x && walk->corners[4].y == walk->corners[0].y) n = 4;
    if (n != 4) return;
    float x0 = walk->corners[0].x, x1 = x0, y0 = walk->corners[0].y, y1 = y0;
    for (int i = 1; i < 4; i++) {
        if (walk->corners[i].x < x0) x0 = walk->corners[i].x;
        if (walk->corners[i].x > x1) x1 = walk->corners[i].x;
        if (walk->corners[i].y < y0) y0 = walk->corners[i].y;
        if (walk->corners[i].y > y1) y1 = walk->corners[i].y;
    }
    for (int i = 0; i < 4; i++) {
        fz_point a = walk->corners[i], b = walk->corners[(i + 1) % 4];
        if (a.x != b.x && a.y != b.y) return;  // not axis-aligned
    }
    segments_add(walk->segments, x0, y0, x1, y1, 0, NB_PDF_FILL, walk->rgba);
}

static void walk_moveto(fz_context *ctx, void *arg, float x, float y) {
    path_walk *walk = arg;
    flush_fill(walk);
    fz_point p = fz_transform_point_xy(x, y, walk->ctm);
    walk->start = walk->current = p;
    walk->corners[0] = p;
    walk->corner_count = 1;
    walk->polygon = 1;
}

static void walk_lineto(fz_context *ctx, void *arg, float x, float y) {
    path_walk *walk = arg;
    fz_point p = fz_transform_point_xy(x, y, walk->ctm);
    if (walk->stroking) {
        segments_add(
            walk->segments, walk->current.x, walk->current.y, p.x, p.y, walk->width, NB_PDF_STROKE, walk->rgba);
    } else if (walk->corner_count < 5) {
        walk->corners[walk->corner_count++] = p;
    } else {
        walk->polygon = 0;
    }
    walk->current = p;
}

static void walk_curveto(fz_context *ctx, void *arg, float x1, float y1, float x2, float y2, float x3, float y3) {
    path_walk *walk = arg;
    walk->polygon = 0;
    walk->current = fz_transform_point_xy(x3, y3, walk->ctm);
}

static void walk_closepath(fz_context *ctx, void *arg) {
    path_walk *walk = arg;
    if (walk->stroking && (walk->current.x != walk->start.x || walk->current.y != walk->start.y)) {
        segments_add(walk->segments, walk->current.x, walk->current.y, walk->start.x, walk->start.y, walk->width,
            NB_PDF_STROKE, walk->rgba);
    }
    walk->current = walk->start;
}

static const fz_path_walker walker = {walk_moveto, walk_lineto, walk_curveto, walk_closepath, NULL, NULL, NULL, NULL};

/// The recording device: paths to segments, text forwarded to the structured-text device, images counted.
typedef struct {
    fz_device super;
    fz_device *text;
    segment_list segments;
    int32_t images;
    /// Characters forwarded to the text device and drawing operations received (paths, clips, text, images,
    /// shadings: a form drawn is a clip), each with the most allowed; one more stops the page.
    int32_t chars, chars_limit, operations, operations_limit;
    page_stop stop;
} recording_device;

/// Whether one more drawing operation fits under the device's limit. Once it does not, the page is stopped and
/// nothing more is recorded or forwarded.
static int operation_fits(recording_device *device) {
    if (device->stop.over) return 0;
    if (device->operations >= device->operations_limit) {
        stop_page(&device->stop, NB_PDF_OVER_OPERATIONS);
        return 0;
    }
    device->operations++;
    return 1;
}

/// Whether the characters of `text` (and the operation that draws them) still fit under the device's limits.
static int text_fits(recording_device *device, const fz_text *text) {
    if (!operation_fits(device)) return 0;
    int64_t count = device->chars;
    for (const fz_text_span *span = text->head; span; span = span->next) count += span->len;
    if (count > device->chars_limit) {
        stop_page(&device->stop, NB_PDF_OVER_CHARS);
        return 0;
    }
    device->chars = (int32_t)count;
    return 1;
}

static void record_path(fz_context *ctx, recording_device *device, const fz_path *path, fz_matrix ctm, int stroking,
    float width, fz_colorspace *colorspace, const float *color, float alpha, fz_color_params params) {
    if (!operation_fits(device)) return;
    path_walk walk = {0};
    walk.ctm = ctm;
    walk.segments = &device->segments;
    walk.stroking = stroking;
    walk.width = width;
    walk.rgba[3] = alpha;
    // Black when the colour cannot be told (a pattern, a separation MuPDF does not convert).
    if (colorspace && color) fz_convert_color(ctx, colorspace, color, fz_device_rgb(ctx), walk.rgba, NULL, params);
    fz_walk_path(ctx, path, &walker, &walk);
    flush_fill(&walk);
}

static void dev_fill_path(fz_context *ctx, fz_device *dev, const fz_path *path, int even_odd, fz_matrix ctm,
    fz_colorspace *colorspace, const float *color, float alpha, fz_color_params params) {
    record_path(ctx, (recording_device *)dev, path, ctm, 0, 0, colorspace, color, alpha, params);
}

static void dev_stroke_path(fz_context *ctx, fz_device *dev, const fz_path *path, const fz_stroke_state *stroke,
    fz_matrix ctm, fz_colorspace *colorspace, const float *color, float alpha, fz_color_params params) {
    float width = stroke ? stroke->linewidth * fz_matrix_expansion(ctm) : 1;
    record_path(ctx, (recording_device *)dev, path, ctm, 1, width, colorspace, color, alpha, params);
}

// Clips, shadings and image masks are only counted: MuPDF clips to every form it draws, so a form drawing a form
// that draws nothing still costs an operation.
static void dev_clip_path(fz_context *ctx, fz_device *dev, const fz_path *path, int even_odd, fz_matrix ctm,
    fz_rect scissor) {
    operation_fits((recording_device *)dev);
}

static void dev_clip_stroke_path(fz_context *ctx, fz_device *dev, const fz_path *path, const fz_stroke_state *stroke,
    fz_matrix ctm, fz_rect scissor) {
    operation_fits((recording_device *)dev);
}

static void dev_fill_shade(fz_context *ctx, fz_device *dev, fz_shade *shade, fz_matrix ctm, float alpha,
    fz_color_params params) {
    operation_fits((recording_device *)dev);
}

static void dev_clip_image_mask(fz_context *ctx, fz_device *dev, fz_image *image, fz_matrix ctm, fz_rect scissor) {
    operation_fits((recording_device *)dev);
}

static void dev_fill_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix ctm, fz_colorspace *cs,
    const float *color, float alpha, fz_color_params params) {
    if (!text_fits((recording_device *)dev, text)) return;
    fz_fill_text(ctx, ((recording_device *)dev)->text, text, ctm, cs, color, alpha, params);
}

static void dev_stroke_text(fz_context *ctx, fz_device *dev, const fz_text *text, const fz_stroke_state *stroke,
    fz_matrix ctm, fz_colorspace *cs, const float *color, float alpha, fz_color_params params) {
    if (!text_fits((recording_device *)dev, text)) return;
    fz_stroke_text(ctx, ((recording_device *)dev)->text, text, stroke, ctm, cs, color, alpha, params);
}

static void dev_clip_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix ctm, fz_rect scissor) {
    if (!text_fits((recording_device *)dev, text)) return;
    fz_clip_text(ctx, ((recording_device *)dev)->text, text, ctm, scissor);
}

static void dev_clip_stroke_text(fz_context *ctx, fz_device *dev, const fz_text *text, const fz_stroke_state *stroke,
    fz_matrix ctm, fz_rect scissor) {
    if (!text_fits((recording_device *)dev, text)) return;
    fz_clip_stroke_text(ctx, ((recording_device *)dev)->text, text, stroke, ctm, scissor);
}

// Text drawn invisibly (render mode 3, `3 Tr`) is not what the page shows: the OCR layer a scanner lays over the
// picture of a page, its digits guesses (106 read 108), or a hidden copy over the printed text that would interleave
// with it (5.25 and 5.26 read 5.256). It is counted and not extracted (rv112 F20); a page whose only text is
// invisible is then a page of pictures, a scan.
static void dev_ignore_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix ctm) {
    text_fits((recording_device *)dev, text);
}

static void dev_pop_clip(fz_context *ctx, fz_device *dev) {
    fz_pop_clip(ctx, ((recording_device *)dev)->text);
}

static void dev_fill_image(fz_context *ctx, fz_device *dev, fz_image *image, fz_matrix ctm, float alpha,
    fz_color_params params) {
    if (operation_fits((recording_device *)dev)) ((recording_device *)dev)->images++;
}

static void dev_fill_image_mask(fz_context *ctx, fz_device *dev, fz_image *image, fz_matrix ctm, fz_colorspace *cs,
    const float *color, float alpha, fz_color_params params) {
    if (operation_fits((recording_device *)dev)) ((recording_device *)dev)->images++;
}

static void ignore_message(void *user, const char *message) {}

static int32_t copy_chars(fz_stext_page *text, nb_pdf_page *page) {
    int32_t count = 0;
    for (fz_stext_block *block = text->first_block; block; block = block->next) {
        if (block->type != FZ_STEXT_BLOCK_TEXT) continue;
        for (fz_stext_line *line = block->u.t.first_line; line; line = line->next)
            for (fz_stext_char *ch = line->first_char; ch; ch = ch->next) count++;
    }
    page->chars = count ? calloc((size_t)count, sizeof(nb_pdf_char)) : NULL;
    if (count && !page->chars) return 0;
    int32_t index = 0;
    int32_t line_number = 0;
    for (fz_stext_block *block = text->first_block; block; block = block->next) {
        if (block->type != FZ_STEXT_BLOCK_TEXT) continue;
        for (fz_stext_line *line = block->u.t.first_line; line; line = line->next, line_number++) {
            for (fz_stext_char *ch = line->first_char; ch; ch = ch->next) {
                nb_pdf_char *out = &page->chars[index++];
                fz_rect box = fz_rect_from_quad(ch->quad);
                out->codepoint = ch->c < 0 ? 0xFFFD : (uint32_t)ch->c;
                out->x0 = box.x0;
                out->y0 = box.y0;
                out->x1 = box.x1;
                out->y1 = box.y1;
                out->origin_x = ch->origin.x;
                out->origin_y = ch->origin.y;
                out->size = ch->size;
                out->vertical = line->wmode;
                out->color = (uint32_t)ch->color & 0xFFFFFF;
                out->dir_x = line->dir.x;
                out->dir_y = line->dir.y;
                out->line = line_number;
            }
        }
    }
    page->char_count = count;
    return 1;
}

/// The deadline of one read, watched by a thread of its own that stops the page being read when it passes: operators
/// that draw nothing (`q`/`Q`, `cm`, a path never painted) reach no device and are not counted, and a form of 100 MB
/// of them, compressed to 100 KB and drawn ten times, kept MuPDF busy for a minute (rv107 F1).
typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t finished_signal;
    struct timespec deadline;
    /// Set by the reader when it is done; set by the watcher when the deadline passed.
    int finished, expired;
    /// The cookie of the page being read, or NULL between pages.
    fz_cookie *cookie;
} read_deadline;

static void *watch_deadline(void *argument) {
    read_deadline *watch = argument;
    pthread_mutex_lock(&watch->lock);
    while (!watch->finished) {
        if (pthread_cond_timedwait(&watch->finished_signal, &watch->lock, &watch->deadline) == ETIMEDOUT) {
            watch->expired = 1;
            // (MuPDF reads `abort` between the operators it interprets, on the reading thread, without a lock)
            if (watch->cookie) watch->cookie->abort = 1;
            break;
        }
    }
    pthread_mutex_unlock(&watch->lock);
    return NULL;
}

/// Starts watching a deadline `milliseconds` from now; returns 0 when no thread could be started (the read then
/// runs without one).
static int start_deadline(read_deadline *watch, int32_t milliseconds, pthread_t *thread) {
    memset(watch, 0, sizeof *watch);
    pthread_condattr_t attributes;
    if (pthread_condattr_init(&attributes)) return 0;
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    int failed = pthread_cond_init(&watch->finished_signal, &attributes);
    pthread_condattr_destroy(&attributes);
    if (failed) return 0;
    pthread_mutex_init(&watch->lock, NULL);
    clock_gettime(CLOCK_MONOTONIC, &watch->deadline);
    watch->deadline.tv_sec += milliseconds / 1000;
    watch->deadline.tv_nsec += (long)(milliseconds % 1000) * 1000000L;
    if (watch->deadline.tv_nsec >= 1000000000L) {
        watch->deadline.tv_sec += 1;
        watch->deadline.tv_nsec -= 1000000000L;
    }
    if (pthread_create(thread, NULL, watch_deadline, watch)) {
        pthread_cond_destroy(&watch->finished_signal);
        pthread_mutex_destroy(&watch->lock);
        return 0;
    }
    return 1;
}

static void finish_deadline(read_deadline *watch, pthread_t thread) {
    pthread_mutex_lock(&watch->lock);
    watch->finished = 1;
    pthread_cond_signal(&watch->finished_signal);
    pthread_mutex_unlock(&watch->lock);
    pthread_join(thread, NULL);
    pthread_cond_destroy(&watch->finished_signal);
    pthread_mutex_destroy(&watch->lock);
}

/// Hands the watcher the cookie of the page about to be read (or NULL after it); returns 1 when the deadline has
/// passed already.
static int watch_page(read_deadline *watch, fz_cookie *cookie) {
    if (!watch) return 0;
    pthread_mutex_lock(&watch->lock);
    int expired = watch->expired;
    watch->cookie = expired ? NULL : cookie;
    pthread_mutex_unlock(&watch->lock);
    return expired;
}

/// The most one page may hold: what is left of the document's allowance, up to a page's own.
typedef struct {
    int32_t segments, chars, operations;
} page_limits;

/// How an annotation may change what the text under it shows (``covers_text``).
enum {
    /// Not at all: a comment, a sticky note, a highlight, an underline, a link, a form field (read as the page's
    /// own), an outline drawn round a figure, an annotation hidden or mostly transparent.
    COVERS_NOTHING = 0,
    /// Anywhere in its box: a text box typed over a figure, a redaction, a filled square, circle or polygon, a
    /// strike-out (the figure crossed out, however thin the line), a stamp, ink or a line with no appearance of its
    /// own (MuPDF draws nothing for it where another viewer shows its icon or its strokes).
    COVERS_BOX = 1,
    /// Where its appearance paints over most of a character: a stamp (an electronic seal's red ring and text show
    /// the page through them, a stamp with a white ground does not).
    COVERS_PAINTED = 2,
    /// Where its strokes pass through a character: ink, a line (the pen tool's X or a stroke through a figure
    /// crosses it out, as a strike-out does; a circle drawn round it does not).
    COVERS_CROSSED = 3,
};

/// Whether the annotation has an appearance of its own to draw: `/AP /N` a stream, or a dictionary of states whose
/// `/AS` names a stream.
static int has_appearance(fz_context *ctx, pdf_annot *annot) {
    pdf_obj *obj = pdf_annot_obj(ctx, annot);
    pdf_obj *normal = pdf_dict_get(ctx, pdf_dict_get(ctx, obj, PDF_NAME(AP)), PDF_NAME(N));
    if (pdf_is_stream(ctx, normal)) return 1;
    if (!pdf_is_dict(ctx, normal)) return 0;
    return pdf_is_stream(ctx, pdf_dict_get(ctx, normal, pdf_dict_get(ctx, obj, PDF_NAME(AS))));
}

/// How an annotation may change what the text under it shows, as the page is viewed or printed (shown and at least
/// half opaque).
static int covers_text(fz_context *ctx, pdf_annot *annot) {
    int flags = pdf_annot_flags(ctx, annot);
    if (flags & PDF_ANNOT_IS_HIDDEN) return COVERS_NOTHING;
    if ((flags & PDF_ANNOT_IS_NO_VIEW) && !(flags & PDF_ANNOT_IS_PRINT)) return COVERS_NOTHING;
    if (pdf_annot_opacity(ctx, annot) < 0.5f) return COVERS_NOTHING;
    switch (pdf_annot_type(ctx, annot)) {
    case PDF_ANNOT_FREE_TEXT:
    case PDF_ANNOT_REDACT:
    case PDF_ANNOT_STRIKE_OUT:
        return COVERS_BOX;
    case PDF_ANNOT_STAMP:
        return has_appearance(ctx, annot) ? COVERS_PAINTED : COVERS_BOX;
    case PDF_ANNOT_INK:
    case PDF_ANNOT_LINE:
    case PDF_ANNOT_POLY_LINE:
        return has_appearance(ctx, annot) ? COVERS_CROSSED : COVERS_BOX;
    case PDF_ANNOT_SQUARE:
    case PDF_ANNOT_CIRCLE:
    case PDF_ANNOT_POLYGON: {
        // An outline drawn round a figure (a reviewer's circle) leaves it shown; a filled one covers it.
        int n = 0;
        float colour[4];
        pdf_annot_interior_color(ctx, annot, &n, colour);
        return n > 0 ? COVERS_BOX : COVERS_NOTHING;
    }
    default:
        return COVERS_NOTHING;
    }
}

/// How finely an annotation's appearance is drawn to tell what it hides (cells a point: a digit of 10 pt is 11 × 14
/// cells), and the most cells (bytes) one page's drawn annotations, and the whole document's, take together (an A4
/// page is 2 M cells): past that, or when an annotation would be drawn coarser than `COVER_FINEST_SCALE`, its whole
/// box is taken as hiding what is under it.
#define COVER_SCALE 2.0f
#define COVER_FINEST_SCALE 0.5f
#define COVER_CELLS_PER_PAGE (8 * 1024 * 1024)
#define COVER_CELLS_PER_DOCUMENT (32 * 1024 * 1024)

/// Draws the annotation's appearance alone over `area` (page space) into a pixmap of opacity only, `scale` cells a
/// point, and keeps it in `cover` (its box then the cells' box). Returns 0 when its appearance could not be drawn
/// (the cover then keeps its whole box); memory running out is thrown.
static int paint_cover(
    fz_context *ctx, pdf_annot *annot, fz_rect area, float scale, fz_cookie *cookie, nb_pdf_cover *cover) {
    fz_matrix ctm = fz_scale(scale, scale);
    fz_irect box = fz_round_rect(fz_transform_rect(area, ctm));
    int columns = box.x1 - box.x0, rows = box.y1 - box.y0;
    if (columns <= 0 || rows <= 0) return 0;
    fz_pixmap *pixmap = NULL;
    fz_device *draw = NULL;
    uint8_t *alpha = NULL;
    int painted = 0;
    fz_var(pixmap);
    fz_var(draw);
    fz_var(alpha);
    fz_var(painted);
    fz_try(ctx) {
        pixmap = fz_new_pixmap_with_bbox(ctx, NULL, box, NULL, 1);
        fz_clear_pixmap(ctx, pixmap);
        draw = fz_new_draw_device(ctx, fz_identity, pixmap);
        pdf_run_annot(ctx, annot, draw, ctm, cookie);
        fz_close_device(ctx, draw);
        alpha = malloc((size_t)columns * (size_t)rows);
        if (!alpha) fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
        const unsigned char *samples = fz_pixmap_samples(ctx, pixmap);
        int stride = fz_pixmap_stride(ctx, pixmap);
        for (int row = 0; row < rows; row++) memcpy(alpha + (size_t)row * columns, samples + (size_t)row * stride, columns);
        painted = 1;
    }
    fz_always(ctx) {
        fz_drop_device(ctx, draw);
        fz_drop_pixmap(ctx, pixmap);
    }
    fz_catch(ctx) {
        free(alpha);
        if (fz_caught(ctx) == FZ_ERROR_MEMORY) fz_rethrow(ctx);
        return 0;
    }
    cover->alpha = alpha;
    cover->columns = columns;
    cover->rows = rows;
    cover->x0 = box.x0 / scale;
    cover->y0 = box.y0 / scale;
    cover->x1 = box.x1 / scale;
    cover->y1 = box.y1 / scale;
    return painted;
}

/// Frees a page's covers and what their appearances painted.
static void free_covers(nb_pdf_page *page) {
    for (int32_t i = 0; i < page->cover_count; i++) free(page->covers[i].alpha);
    free(page->covers);
    page->covers = NULL;
    page->cover_count = 0;
}

/// The boxes of the page's annotations that may cover text (``covers_text``), into `out`, with what the appearance
/// of each stamp, ink or line paints over its box and whether its strokes cross out what they pass through (`cookie`
/// stops drawing them with the page), taking the cells drawn from `document_cells`, what is left of the document's.
/// Memory running out is thrown.
static void copy_covers(
    fz_context *ctx, fz_page *page, fz_rect bounds, fz_cookie *cookie, int64_t *document_cells, nb_pdf_page *out) {
    pdf_page *pdf = pdf_page_from_fz_page(ctx, page);
    if (!pdf) return;
    int32_t count = 0;
    for (pdf_annot *annot = pdf_first_annot(ctx, pdf); annot; annot = pdf_next_annot(ctx, annot)) {
        if (covers_text(ctx, annot) != COVERS_NOTHING) count++;
    }
    if (count == 0) return;
    out->covers = calloc((size_t)count, sizeof(nb_pdf_cover));
    if (!out->covers) fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
    int64_t cells_left = *document_cells < COVER_CELLS_PER_PAGE ? *document_cells : COVER_CELLS_PER_PAGE;
    for (pdf_annot *annot = pdf_first_annot(ctx, pdf); annot && out->cover_count < count;
         annot = pdf_next_annot(ctx, annot)) {
        int covers = covers_text(ctx, annot);
        if (covers == COVERS_NOTHING) continue;
        fz_rect box = pdf_bound_annot(ctx, annot);
        nb_pdf_cover *cover = &out->covers[out->cover_count++];
        *cover = (nb_pdf_cover){box.x0, box.y0, box.x1, box.y1, NULL, 0, 0, covers == COVERS_CROSSED};
        if (covers == COVERS_BOX || cookie->abort) continue;
        fz_rect area = fz_intersect_rect(box, bounds);
        if (fz_is_empty_rect(area)) {
            // Off the page: it hides nothing of it.
            cover->alpha = calloc(1, 1);
            if (!cover->alpha) fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
            cover->columns = cover->rows = 1;
            continue;
        }
        double points = (double)(area.x1 - area.x0) * (double)(area.y1 - area.y0);
        float scale = COVER_SCALE;
        if (points * scale * scale > (double)cells_left) scale = (float)sqrt((double)cells_left / points);
        if (scale < COVER_FINEST_SCALE) continue;
        if (paint_cover(ctx, annot, area, scale, cookie, cover)) {
            cells_left -= (int64_t)cover->columns * cover->rows;
            *document_cells -= (int64_t)cover->columns * cover->rows;
        }
    }
}

/// Reads one page into `out` and counts its drawing operations into `*operations`. Returns 0, or what went over `limits` (`NB_PDF_OVER_SEGMENTS`, `_CHARS` or
/// `_OPERATIONS`), and then keeps nothing of the page: MuPDF is stopped as soon as a limit is passed.
static int32_t read_page(fz_context *ctx, fz_document *doc, int number, page_limits limits, read_deadline *watch,
    int64_t *cover_cells, nb_pdf_page *out, int32_t *operations) {
    fz_page *page = NULL;
    fz_stext_page *text = NULL;
    fz_device *text_device = NULL;
    recording_device *device = NULL;
    int32_t over = 0;
    fz_var(page);
    fz_var(text);
    fz_var(text_device);
    fz_var(device);
    fz_var(over);
    fz_try(ctx) {
        page = fz_load_page(ctx, doc, number);
        fz_rect bounds = fz_bound_page(ctx, page);
        out->width = bounds.x1 - bounds.x0;
        out->height = bounds.y1 - bounds.y0;
        text = fz_new_stext_page(ctx, bounds);
        fz_stext_options options = {FZ_STEXT_INHIBIT_SPACES | FZ_STEXT_MEDIABOX_CLIP, 1};
        text_device = fz_new_stext_device(ctx, text, &options);
        device = fz_new_derived_device(ctx, recording_device);
        device->text = text_device;
        device->segments.limit = limits.segments;
        device->segments.stop = &device->stop;
        device->segments.chars.page = text;
        device->chars_limit = limits.chars;
        device->operations_limit = limits.operations;
        device->super.fill_path = dev_fill_path;
        device->super.stroke_path = dev_stroke_path;
        device->super.clip_path = dev_clip_path;
        device->super.clip_stroke_path = dev_clip_stroke_path;
        device->super.fill_text = dev_fill_text;
        device->super.stroke_text = dev_stroke_text;
        device->super.clip_text = dev_clip_text;
        device->super.clip_stroke_text = dev_clip_stroke_text;
        device->super.ignore_text = dev_ignore_text;
        device->super.fill_shade = dev_fill_shade;
        device->super.fill_image = dev_fill_image;
        device->super.fill_image_mask = dev_fill_image_mask;
        device->super.clip_image_mask = dev_clip_image_mask;
        // MuPDF looks at `cookie.abort` between the operators it interprets, also inside the forms a form draws.
        // The page's contents and its form fields (a filled form's values), not its other annotations: a comment or
        // sticky note draws an icon (MuPDF makes one for a note without its own) whose lines would cut the figure
        // under it like a table's rules (116 → 11), and a note's text is a reader's, not the report's.
        // The deadline's watcher may stop it too, from its own thread.
        if (watch_page(watch, &device->stop.cookie)) stop_page(&device->stop, NB_PDF_OVER_TIME);
        fz_run_page_contents(ctx, page, &device->super, fz_identity, &device->stop.cookie);
        fz_run_page_widgets(ctx, page, &device->super, fz_identity, &device->stop.cookie);
        // The annotations that may cover the page's text, their appearances drawn while the deadline is watched.
        if (!device->stop.over) copy_covers(ctx, page, bounds, &device->stop.cookie, cover_cells, out);
        if (watch_page(watch, NULL)) stop_page(&device->stop, NB_PDF_OVER_TIME);
        fz_close_device(ctx, &device->super);
        fz_close_device(ctx, text_device);
        over = device->stop.over;
        *operations = device->operations;
        if (over) free_covers(out);
        if (!over) {
            if (device->segments.failed || !copy_chars(text, out)) fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
            out->segments = device->segments.items;
            out->segment_count = device->segments.count;
            out->image_count = device->images;
            device->segments.items = NULL;
        }
    }
    fz_always(ctx) {
        watch_page(watch, NULL);
        if (device) {
            free(device->segments.items);
            fz_drop_device(ctx, &device->super);
        }
        fz_drop_device(ctx, text_device);
        fz_drop_stext_page(ctx, text);
        fz_drop_page(ctx, page);
    }
    fz_catch(ctx) {
        fz_rethrow(ctx);
    }
    return over;
}

static int32_t smaller(int32_t a, int64_t b) { return b < a ? (int32_t)(b < 0 ? 0 : b) : a; }

int32_t nb_pdf_read(const uint8_t *bytes, size_t length, nb_pdf_limits limits, nb_pdf_document **out) {
    nb_pdf_document *document = calloc(1, sizeof(nb_pdf_document));
    *out = document;
    if (!document) return NB_PDF_NO_MEMORY;
    fz_context *ctx = fz_new_context(NULL, NULL, FZ_STORE_DEFAULT);
    if (!ctx) {
        strcpy(document->message, "cannot create a MuPDF context");
        return NB_PDF_NO_MEMORY;
    }
    fz_set_warning_callback(ctx, ignore_message, NULL);
    fz_set_error_callback(ctx, ignore_message, NULL);
    int32_t status = NB_PDF_OK;
    fz_stream *stream = NULL;
    fz_document *doc = NULL;
    read_deadline deadline;
    pthread_t watcher;
    read_deadline *watch =
        limits.milliseconds > 0 && start_deadline(&deadline, limits.milliseconds, &watcher) ? &deadline : NULL;
    fz_var(stream);
    fz_var(doc);
    fz_var(status);
    fz_try(ctx) {
        fz_register_document_handlers(ctx);
        stream = fz_open_memory(ctx, bytes, length);
        doc = fz_open_document_with_stream(ctx, "application/pdf", stream);
        if (fz_needs_password(ctx, doc)) {
            status = NB_PDF_ENCRYPTED;
            strcpy(document->message, "the document is protected by a password");
        } else {
            int pages = fz_count_pages(ctx, doc);
            if (pages > limits.pages) {
                status = NB_PDF_TOO_MANY_PAGES;
                snprintf(document->message, sizeof document->message, "%d pages", pages);
            } else if (pages > 0) {
                document->pages = calloc((size_t)pages, sizeof(nb_pdf_page));
                if (!document->pages) fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
                document->page_count = pages;
                int64_t segments = 0, chars = 0, operations = 0;
                // The cells the annotations' appearances may be drawn in, over the whole document (``copy_covers``).
                int64_t cover_cells = COVER_CELLS_PER_DOCUMENT;
                for (int i = 0; i < pages && status == NB_PDF_OK; i++) {
                    page_limits left = {
                        smaller(limits.segments_per_page, limits.segments - segments),
                        smaller(limits.chars_per_page, limits.chars - chars),
                        smaller(limits.operations_per_page, limits.operations - operations),
                    };
                    int32_t operations_used = 0;
                    int32_t over =
                        read_page(ctx, doc, i, left, watch, &cover_cells, &document->pages[i], &operations_used);
                    if (over) {
                        status = NB_PDF_TOO_MUCH_DRAWN;
                        document->over_page = i + 1;
                        document->over_what = over;
                        document->over_document = over == NB_PDF_OVER_SEGMENTS ? left.segments < limits.segments_per_page
                            : over == NB_PDF_OVER_CHARS ? left.chars < limits.chars_per_page
                            : over == NB_PDF_OVER_TIME ? 1
                            : left.operations < limits.operations_per_page;
                    }
                    segments += document->pages[i].segment_count;
                    chars += document->pages[i].char_count;
                    operations += operations_used;
                }
            }
            pdf_document *pdf = pdf_specifics(ctx, doc);
            document->repaired = pdf && pdf_was_repaired(ctx, pdf) ? 1 : 0;
        }
    }
    fz_always(ctx) {
        fz_drop_document(ctx, doc);
        fz_drop_stream(ctx, stream);
    }
    fz_catch(ctx) {
        status = fz_caught(ctx) == FZ_ERROR_MEMORY ? NB_PDF_NO_MEMORY : NB_PDF_BROKEN;
        snprintf(document->message, sizeof document->message, "%s", fz_caught_message(ctx));
    }
    fz_drop_context(ctx);
    if (watch) finish_deadline(watch, watcher);
    return status;
}

void nb_pdf_free(nb_pdf_document *document) {
    if (!document) return;
    for (int32_t i = 0; i < document->page_count; i++) {
        free(document->pages[i].chars);
        free(document->pages[i].segments);
        free_covers(&document->pages[i]);
    }
    free(document->pages);
    free(document);
}
