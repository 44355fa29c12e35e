/* Fixed-arity wrappers around libedit's native API, for Swift.
 *
 * el_set(), el_get() and history() are C variadic functions, which Swift cannot call, so each
 * operation LineEditing needs gets a static inline wrapper here. The stdin/stdout/stderr
 * accessors exist because Swift 6 rejects direct references to those mutable C globals.
 *
 * Only libedit's own <histedit.h> is included: never <readline/readline.h>, which on many
 * machines is GNU readline (GPL), not libedit.
 */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

static inline FILE *ceditline_stdin(void) { return stdin; }
static inline FILE *ceditline_stdout(void) { return stdout; }
static inline FILE *ceditline_stderr(void) { return stderr; }

typedef char *(*ceditline_prompt_fn)(EditLine *);
typedef unsigned char (*ceditline_cmd_fn)(EditLine *, int);

/* The prompt callback; characters between two `ignore` characters are printed but take no
   room on screen (colour escapes). */
static inline int ceditline_set_prompt(EditLine *el, ceditline_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}

/* "emacs" or "vi". */
static inline int ceditline_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* With 1, libedit restores the terminal on fatal signals and redraws after SIGCONT/SIGWINCH. */
static inline int ceditline_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int ceditline_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *ceditline_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

/* Registers a named editor command implemented by `fn`. */
static inline int ceditline_add_fn(EditLine *el, const char *name, const char *help, ceditline_cmd_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* Binds a key sequence such as "^I" to a named editor command. */
static inline int ceditline_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int ceditline_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* Turns ISIG off in edit mode, so ^C (and ^Z, ^\) arrive as keys instead of signals. */
static inline int ceditline_edit_mode_no_isig(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", (const char *)NULL);
}

/* The terminal's width in columns, or 0 when unknown. */
static inline int ceditline_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, (const char *)NULL) != 0) {
        return 0;
    }
    return columns;
}

static inline int ceditline_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

static inline int ceditline_history_setsize(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

static inline int ceditline_history_setunique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

static inline int ceditline_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

static inline int ceditline_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

#endif
