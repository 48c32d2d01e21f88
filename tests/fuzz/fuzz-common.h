/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "vastus-catalogue.h"

G_BEGIN_DECLS

/* Each target defines libFuzzer's entry; replay.c calls it too. */
int              LLVMFuzzerTestOneInput (const uint8_t *data,
                                         size_t         size);

void             fuzz_init              (void);
char            *fuzz_write_file        (const char    *name,
                                         const uint8_t *data,
                                         size_t         size);
VastusCatalogue *fuzz_builtin_catalogue (void);
gint64           fuzz_now               (void);

G_END_DECLS
