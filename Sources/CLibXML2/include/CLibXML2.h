// libxml2's HTML parser and tree, for Nianbao's HTML reader, and its SAX2 XML parser, for the .docx reader
// (Debian: libxml2-dev). The library is opened when the first .docx or web page is read, not when nianbao starts
// (see CLibraryLoader): its functions are trampolines (`XMLFunctions.c`). Its headers are found through the link
// `include/libxml`, to where Debian's libxml2-dev puts them (`/usr/include/libxml2/libxml`): a system-library
// target would find them through pkg-config, which also links the library into every process.
#ifndef NIANBAO_CLIBXML2_H
#define NIANBAO_CLIBXML2_H

#include <stdint.h>
#include <string.h>
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the copy inside Foundation. The reader never touches
// the encoding handlers that use ICU types, so they are declared without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

/// Opens libxml2 if it is not open yet. Returns 1 when it can be used; else 0, and `nb_xml_error()` says why. Call
/// before any other function of the library.
int nb_xml_load(void);

/// Why `nb_xml_load` failed.
const char *nb_xml_error(void);

static void nb_xml_ignore(void *context, const char *message, ...) { (void)context; (void)message; }

/// Keeps libxml2 from printing to standard error on this thread: a page's encoding errors are the reader's
/// business (it reads what it can), not a message for the person at the terminal.
static inline void nb_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, nb_xml_ignore);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// Frees memory libxml2 allocated (xmlFree is a global function pointer, which Swift 6 cannot read safely, and a
/// variable of the library, which a trampoline cannot stand in for).
void nb_xml_free(void *pointer);

// The .docx reader's filter between libxml2's SAX2 callbacks and its Swift handler. Most elements of a part are
// of no interest to the handler (run and cell formatting, borders, fonts); the filter tells them apart in C, by
// the parser's interned (local name, namespace URI) pointers, so that only the elements the handler acts on cost
// a call into Swift. Whole subtrees the handler skips (`w:rPr`, deleted text) are passed over by a depth count.

/// What the handler wants of an element (``XMLInterest`` on the Swift side).
enum { NB_XML_IGNORE = 0, NB_XML_FORWARD = 1, NB_XML_SKIP = 2 };

typedef int (*nb_xml_classify_fn)(void *user, const xmlChar *localName, const xmlChar *uri);
typedef void (*nb_xml_start_fn)(
    void *user, const xmlChar *localName, const xmlChar *uri, int attributeCount, const xmlChar **attributes);
typedef void (*nb_xml_end_fn)(void *user, const xmlChar *localName, const xmlChar *uri);
typedef void (*nb_xml_text_fn)(void *user, const xmlChar *text, int length);

#define NB_XML_CACHE_SLOTS 256

/// One parse's filter: the Swift callbacks, the element count and its limit, the depth inside a skipped subtree,
/// and a small open-addressed table of what each (local name, URI) pair was found to be.
typedef struct {
    void *user;
    nb_xml_classify_fn classify;
    nb_xml_start_fn start;
    nb_xml_end_fn end;
    /// NULL when the handler reads no text.
    nb_xml_text_fn text;
    xmlParserCtxtPtr parser;
    long elements;
    long maximumElements;
    int tooLarge;
    long skipDepth;
    int cached;
    const xmlChar *cachedNames[NB_XML_CACHE_SLOTS];
    const xmlChar *cachedURIs[NB_XML_CACHE_SLOTS];
    /// 0: empty slot; otherwise the interest plus one.
    unsigned char cachedInterests[NB_XML_CACHE_SLOTS];
} nb_xml_filter;

static inline int nb_xml_interest(nb_xml_filter *filter, const xmlChar *localName, const xmlChar *uri) {
    uintptr_t hash = ((uintptr_t)localName >> 3) * 31u + ((uintptr_t)uri >> 3);
    unsigned slot = (unsigned)(hash ^ (hash >> 8)) & (NB_XML_CACHE_SLOTS - 1);
    for (int probe = 0; probe < NB_XML_CACHE_SLOTS; probe++) {
        unsigned char stored = filter->cachedInterests[slot];
        if (stored == 0) break;
        if (filter->cachedNames[slot] == localName && filter->cachedURIs[slot] == uri) return stored - 1;
        slot = (slot + 1) & (NB_XML_CACHE_SLOTS - 1);
    }
    int interest = filter->classify(filter->user, localName, uri);
    // Once the table is three-quarters full, further pairs are asked each time instead of kept.
    if (filter->cachedInterests[slot] == 0 && filter->cached * 4 < NB_XML_CACHE_SLOTS * 3) {
        filter->cachedNames[slot] = localName;
        filter->cachedURIs[slot] = uri;
        filter->cachedInterests[slot] = (unsigned char)(interest + 1);
        filter->cached++;
    }
    return interest;
}

static void nb_xml_filter_start(
    void *context, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri, int namespaceCount,
    const xmlChar **namespaces, int attributeCount, int defaultedCount, const xmlChar **attributes) {
    (void)prefix;
    (void)namespaceCount;
    (void)namespaces;
    (void)defaultedCount;
    nb_xml_filter *filter = context;
    if (filter->tooLarge) return;
    if (++filter->elements > filter->maximumElements) {
        filter->tooLarge = 1;
        xmlStopParser(filter->parser);
        return;
    }
    if (filter->skipDepth > 0) {
        filter->skipDepth++;
        return;
    }
    switch (nb_xml_interest(filter, localName, uri)) {
    case NB_XML_FORWARD:
        filter->start(filter->user, localName, uri, attributeCount < 0 ? 0 : attributeCount, attributes);
        break;
    case NB_XML_SKIP: filter->skipDepth = 1; break;
    default: break;
    }
}

static void nb_xml_filter_end(void *context, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix;
    nb_xml_filter *filter = context;
    if (filter->tooLarge) return;
    if (filter->skipDepth > 0) {
        filter->skipDepth--;
        return;
    }
    if (nb_xml_interest(filter, localName, uri) == NB_XML_FORWARD) filter->end(filter->user, localName, uri);
}

static void nb_xml_filter_characters(void *context, const xmlChar *text, int length) {
    nb_xml_filter *filter = context;
    if (filter->skipDepth > 0 || filter->text == NULL || text == NULL || length <= 0) return;
    filter->text(filter->user, text, length);
}

static void nb_xml_filter_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// The SAX2 callbacks of the filter: elements, text, whitespace and CDATA; errors are recorded by the parser (not
/// printed).
static inline void nb_xml_filter_install(xmlSAXHandler *sax) {
    memset(sax, 0, sizeof(*sax));
    sax->initialized = XML_SAX2_MAGIC;
    sax->startElementNs = nb_xml_filter_start;
    sax->endElementNs = nb_xml_filter_end;
    sax->characters = nb_xml_filter_characters;
    sax->ignorableWhitespace = nb_xml_filter_characters;
    sax->cdataBlock = nb_xml_filter_characters;
    sax->serror = nb_xml_filter_error;
}

#endif
