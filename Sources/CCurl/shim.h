// CCurl: the parts of libcurl that Swift cannot call directly.
//
// curl_easy_setopt and curl_easy_getinfo are variadic, and Swift cannot call C
// variadic functions, so each argument type gets a typed, non-variadic wrapper.
// Callbacks are plain C function pointers that capture nothing: Swift passes a
// context through CURLOPT_WRITEDATA / HEADERDATA / XFERINFODATA (an Unmanaged
// pointer) and the callback recovers its state from there.
//
// Editing this header does not trigger a rebuild: touch a Swift file that
// imports CCurl after changing it.
#ifndef MODCONSOLE_CCURL_SHIM_H
#define MODCONSOLE_CCURL_SHIM_H

#include <curl/curl.h>

typedef size_t (*cc_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);
typedef int (*cc_xferinfo_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                    curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode cc_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_setopt_data_callback(CURL *h, CURLoption o, cc_data_callback f) { return curl_easy_setopt(h, o, f); }
static inline CURLcode cc_setopt_xferinfo_callback(CURL *h, cc_xferinfo_callback f) {
    return curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, f);
}

static inline CURLcode cc_getinfo_long(CURL *h, CURLINFO i, long *out) { return curl_easy_getinfo(h, i, out); }
static inline CURLcode cc_getinfo_string(CURL *h, CURLINFO i, char **out) { return curl_easy_getinfo(h, i, out); }
static inline CURLcode cc_getinfo_off(CURL *h, CURLINFO i, curl_off_t *out) { return curl_easy_getinfo(h, i, out); }

#endif
