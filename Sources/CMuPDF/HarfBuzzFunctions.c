// The HarfBuzz functions Debian's static libmupdf.a calls, as trampolines into libharfbuzz opened on first use (see
// CLibraryLoader). MuPDF shapes text with HarfBuzz only when it lays text out itself (HTML, EPUB, annotation
// appearances); reading a PDF's text and drawings, all the reader asks of it, never does. So nianbao loads
// HarfBuzz, and the GLib, Graphite and FreeType copies it brings, in no process that only reads reports.
#include <harfbuzz/hb.h>

#include "CLibraryLoader.h"

// hb-ft.h needs FreeType's headers on the include path; the one function MuPDF takes from it is declared here, with
// FreeType's own definition of FT_Face.
typedef struct FT_FaceRec_ *FT_Face;
hb_font_t *hb_ft_font_create(FT_Face ft_face, hb_destroy_func_t destroy);

// (return type, name, parameters, arguments); XV for functions that return nothing.
#define NB_HARFBUZZ_FUNCTIONS(X, XV)                                                                                \
    X(hb_buffer_t *, hb_buffer_create, (void), ())                                                                  \
    XV(hb_buffer_destroy, (hb_buffer_t * buffer), (buffer))                                                         \
    XV(hb_buffer_clear_contents, (hb_buffer_t * buffer), (buffer))                                                  \
    XV(hb_buffer_add_utf8,                                                                                          \
       (hb_buffer_t * buffer, const char *text, int text_length, unsigned int item_offset, int item_length),       \
       (buffer, text, text_length, item_offset, item_length))                                                       \
    X(hb_glyph_info_t *, hb_buffer_get_glyph_infos, (hb_buffer_t * buffer, unsigned int *length), (buffer, length)) \
    X(hb_glyph_position_t *, hb_buffer_get_glyph_positions, (hb_buffer_t * buffer, unsigned int *length),          \
      (buffer, length))                                                                                             \
    XV(hb_buffer_guess_segment_properties, (hb_buffer_t * buffer), (buffer))                                        \
    XV(hb_buffer_set_direction, (hb_buffer_t * buffer, hb_direction_t direction), (buffer, direction))              \
    XV(hb_buffer_set_language, (hb_buffer_t * buffer, hb_language_t language), (buffer, language))                  \
    X(hb_language_t, hb_language_from_string, (const char *str, int len), (str, len))                               \
    X(hb_font_t *, hb_ft_font_create, (FT_Face ft_face, hb_destroy_func_t destroy), (ft_face, destroy))             \
    XV(hb_font_destroy, (hb_font_t * font), (font))                                                                 \
    XV(hb_shape, (hb_font_t * font, hb_buffer_t * buffer, const hb_feature_t *features, unsigned int num_features), \
       (font, buffer, features, num_features))

#ifdef __APPLE__
NB_LIBRARY_FUNCTIONS(NB_HARFBUZZ_FUNCTIONS, "libharfbuzz.0.dylib")
#else
NB_LIBRARY_FUNCTIONS(NB_HARFBUZZ_FUNCTIONS, "libharfbuzz.so.0")
#endif
