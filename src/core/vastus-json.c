/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-json"

#include "config.h"

#include "vastus-json.h"
#include "vastus-files.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* cJSON reads a text up to a NUL character and drops the rest. An item whose
 * text or key held one is marked by one of these bits of its type, which
 * cJSON leaves alone: it reads the low eight bits and two flags of its own. */
#define TEXT_HELD_NUL (1 << 16)
#define KEY_HELD_NUL  (1 << 17)
/* On a document's root: some text or key in it held one. */
#define SOME_HELD_NUL (1 << 18)

/**
 * vastus_json_text_held_nul:
 *
 * Returns: whether @item is a string whose text, as written in the file, held
 *   a NUL character (a NUL byte or `\u0000`), where cJSON cut it
 */
gboolean
vastus_json_text_held_nul (const cJSON *item)
{
  return item != NULL && (item->type & TEXT_HELD_NUL) != 0;
}

/**
 * vastus_json_get_text:
 *
 * Returns: (nullable): the text of @item when it is a string that held no
 *   NUL character, %NULL otherwise
 */
const char *
vastus_json_get_text (const cJSON *item)
{
  return cJSON_IsString (item) && !vastus_json_text_held_nul (item) ? item->valuestring : NULL;
}

/**
 * vastus_json_holds_nul:
 * @root: a document as vastus_json_parse() or vastus_json_parse_span() return it
 *
 * Returns: whether a text or a key anywhere in @root held a NUL character
 */
gboolean
vastus_json_holds_nul (const cJSON *root)
{
  return (root->type & SOME_HELD_NUL) != 0;
}

void
vastus_check_init (VastusCheck *check,
                   const char  *file)
{
  check->file = file;
  check->kind = NULL;
  check->id = NULL;
  check->where = NULL;
  check->path = NULL;
  check->problems = g_ptr_array_new_with_free_func (g_free);
}

void
vastus_check_clear (VastusCheck *check)
{
  g_clear_pointer (&check->problems, g_ptr_array_unref);
}

void
vastus_check_add (VastusCheck *check,
                  const char  *field,
                  const char  *format,
                  ...)
{
  g_autofree char *what = NULL;
  GString *line = g_string_new (check->file);
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_string_append (line, ": ");
  if (check->path != NULL)
    {
      if (field != NULL && check->path[0] != '\0')
        g_string_append_printf (line, "%s.%s: ", check->path, field);
      else if (field != NULL)
        g_string_append_printf (line, "%s: ", field);
      else if (check->path[0] != '\0')
        g_string_append_printf (line, "%s: ", check->path);
      g_string_append (line, what);
      g_ptr_array_add (check->problems, g_string_free (line, FALSE));
      return;
    }
  if (check->kind != NULL && check->id != NULL)
    g_string_append_printf (line, "%s '%s': ", check->kind, check->id);
  else if (check->where != NULL)
    g_string_append_printf (line, "%s: ", check->where);
  else if (check->kind != NULL)
    g_string_append_printf (line, "%s: ", check->kind);
  if (field != NULL)
    g_string_append_printf (line, "%s ", field);
  g_string_append (line, what);

  g_ptr_array_add (check->problems, g_string_free (line, FALSE));
}

guint
vastus_check_count (const VastusCheck *check)
{
  return check->problems->len;
}

char *
vastus_check_join (const VastusCheck *check)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < check->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (all, '\n');
      g_string_append (all, g_ptr_array_index (check->problems, i));
    }

  return g_string_free (all, FALSE);
}

static const char *
json_type_name (const cJSON *item)
{
  if (cJSON_IsString (item))
    return _("a string");
  if (cJSON_IsNumber (item))
    return _("a number");
  if (cJSON_IsBool (item))
    return _("true or false");
  if (cJSON_IsNull (item))
    return _("null");
  if (cJSON_IsArray (item))
    return _("a list");
  if (cJSON_IsObject (item))
    return _("an object");
  return _("something else");
}

static const cJSON *
get_member (VastusCheck *check,
            const cJSON *object,
            const char  *key,
            const char  *field,
            gboolean     required)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL && required)
    vastus_check_add (check, field, _("is missing"));

  return item;
}

/* The common case of check_text(), without making a message. */
static gboolean
text_is_fine (const char *text,
              gsize       max_length)
{
  return text[0] != '\0' && g_utf8_validate (text, -1, NULL) &&
         (max_length == 0 || strlen (text) <= max_length || g_utf8_strlen (text, -1) <= (glong) max_length);
}

static gboolean
check_text (VastusCheck *check,
            const char  *field,
            const char  *text,
            gsize        max_length)
{
  const char *end = NULL;

  if (!g_utf8_validate (text, -1, &end))
    {
      vastus_check_add (check, field,
                        _("is not valid UTF-8 text (bad byte at position %ld)"),
                        (long) (end - text));
      return FALSE;
    }

  if (text[0] == '\0')
    {
      vastus_check_add (check, field, _("must not be empty"));
      return FALSE;
    }

  /* Characters are never more than bytes, so most texts skip the count. */
  if (max_length > 0 && strlen (text) > max_length && g_utf8_strlen (text, -1) > (glong) max_length)
    {
      vastus_check_add (check, field, _("must be at most %lu characters long"),
                        (unsigned long) max_length);
      return FALSE;
    }

  return TRUE;
}

const char *
vastus_check_string (VastusCheck *check,
                     const cJSON *object,
                     const char  *key,
                     const char  *field,
                     gboolean     required,
                     gsize        max_length)
{
  const cJSON *item = get_member (check, object, key, field, required);

  if (item == NULL)
    return NULL;

  if (!cJSON_IsString (item))
    {
      vastus_check_add (check, field, _("must be a string, not %s"), json_type_name (item));
      return NULL;
    }

  if (vastus_json_text_held_nul (item))
    {
      vastus_check_add (check, field, _("must not hold a NUL character (\\u0000)"));
      return NULL;
    }

  if (!check_text (check, field, item->valuestring, max_length))
    return NULL;

  return item->valuestring;
}

gboolean
vastus_check_number (VastusCheck *check,
                     const cJSON *object,
                     const char  *key,
                     const char  *field,
                     gboolean     required,
                     double       min,
                     double       max,
                     double      *out)
{
  const cJSON *item = get_member (check, object, key, field, required);

  if (item == NULL)
    return FALSE;

  return vastus_check_number_value (check, item, field, min, max, out);
}

/**
 * vastus_check_number_value:
 * @item: a member already in hand, such as one met while going through an
 *   object: a key given twice would make a lookup by name find the other one
 *
 * As vastus_check_number(), for @item itself.
 */
gboolean
vastus_check_number_value (VastusCheck *check,
                           const cJSON *item,
                           const char  *field,
                           double       min,
                           double       max,
                           double      *out)
{
  if (!cJSON_IsNumber (item))
    {
      vastus_check_add (check, field, _("must be a number from %g to %g, not %s"),
                        min, max, json_type_name (item));
      return FALSE;
    }

  if (!isfinite (item->valuedouble) || item->valuedouble < min || item->valuedouble > max)
    {
      vastus_check_add (check, field, _("must be a number from %g to %g, not %g"),
                        min, max, item->valuedouble);
      return FALSE;
    }

  *out = item->valuedouble;
  return TRUE;
}

gboolean
vastus_check_int (VastusCheck *check,
                  const cJSON *object,
                  const char  *key,
                  const char  *field,
                  gboolean     required,
                  int          min,
                  int          max,
                  int         *out)
{
  const cJSON *item = get_member (check, object, key, field, required);

  if (item == NULL)
    return FALSE;

  if (!cJSON_IsNumber (item))
    {
      vastus_check_add (check, field, _("must be a whole number from %d to %d, not %s"),
                        min, max, json_type_name (item));
      return FALSE;
    }

  if (!isfinite (item->valuedouble) ||
      item->valuedouble != floor (item->valuedouble) ||
      item->valuedouble < min || item->valuedouble > max)
    {
      vastus_check_add (check, field, _("must be a whole number from %d to %d, not %g"),
                        min, max, item->valuedouble);
      return FALSE;
    }

  *out = (int) item->valuedouble;
  return TRUE;
}

const cJSON *
vastus_check_object (VastusCheck *check,
                     const cJSON *object,
                     const char  *key,
                     const char  *field,
                     gboolean     required)
{
  const cJSON *item = get_member (check, object, key, field, required);

  if (item != NULL && !cJSON_IsObject (item))
    {
      vastus_check_add (check, field, _("must be an object, not %s"), json_type_name (item));
      return NULL;
    }

  return item;
}

const cJSON *
vastus_check_array (VastusCheck *check,
                    const cJSON *object,
                    const char  *key,
                    const char  *field,
                    gboolean     required)
{
  const cJSON *item = get_member (check, object, key, field, required);

  if (item != NULL && !cJSON_IsArray (item))
    {
      vastus_check_add (check, field, _("must be a list, not %s"), json_type_name (item));
      return NULL;
    }

  return item;
}

/* Where an item is, kept on the stack on the way down, and written out as
 * "pose.keyframes[0].t" only for a problem: most files have none. */
typedef struct Place Place;
struct Place
{
  const Place *parent;
  const char  *key;     /* NULL: an element of a list, at @index */
  guint        index;
};

static void
append_place (GString     *text,
              const Place *place)
{
  if (place == NULL)
    return;

  append_place (text, place->parent);
  if (place->key == NULL)
    g_string_append_printf (text, "[%u]", place->index);
  else
    {
      if (text->len > 0)
        g_string_append_c (text, '.');
      g_string_append (text, place->key);
    }
}

static void
say_at (VastusCheck *check,
        const Place *place,
        const char  *what)
{
  GString *field = g_string_new (NULL);

  append_place (field, place);
  vastus_check_add (check, field->str, "%s", what);
  g_string_free (field, TRUE);
}

/* Objects with more keys than this are checked with a table. */
#define FEW_KEYS 16

/* Says each key given twice in @item, or held a NUL, and with @deep in
 * everything inside it; @place is where @item is. */
static void
check_keys (VastusCheck *check,
            const cJSON *item,
            const Place *place,
            gboolean     deep)
{
  const cJSON *member;
  guint n = 0;

  if (cJSON_IsArray (item))
    {
      cJSON_ArrayForEach (member, item)
        {
          Place here = { place, NULL, n++ };

          if (cJSON_IsObject (member) || cJSON_IsArray (member))
            check_keys (check, member, &here, TRUE);
        }
      return;
    }

  if (cJSON_IsObject (item))
    {
      g_autoptr (GHashTable) seen = NULL;

      cJSON_ArrayForEach (member, item)
        n++;
      if (n > FEW_KEYS)
        seen = g_hash_table_new (g_str_hash, g_str_equal);

      cJSON_ArrayForEach (member, item)
        {
          Place here = { place, member->string, 0 };
          guint times = 1;

          if (member->string == NULL)
            continue;

          if (seen != NULL)
            {
              times += GPOINTER_TO_UINT (g_hash_table_lookup (seen, member->string));
              g_hash_table_insert (seen, member->string, GUINT_TO_POINTER (times));
            }
          else
            for (const cJSON *earlier = item->child; earlier != member; earlier = earlier->next)
              times += earlier->string != NULL && earlier->string[0] == member->string[0] &&
                       strcmp (earlier->string, member->string) == 0;

          /* Said once, however many times it is given. */
          if (times == 2)
            say_at (check, &here, _("is given more than once; each field may be given only once"));
          if ((member->type & KEY_HELD_NUL) != 0)
            say_at (check, &here, _("has a NUL character (\\u0000) in its key"));

          if (deep && (cJSON_IsObject (member) || cJSON_IsArray (member)))
            check_keys (check, member, &here, TRUE);
        }
    }
}

/**
 * vastus_check_keys:
 * @object: an object of the document
 * @field: (nullable): the field @object is, to name what is inside it; %NULL
 *   for an item named by @check itself
 * @deep: whether to check the objects inside @object too
 *
 * Checks that no key is given twice in @object, and that none held a NUL
 * character. JSON parsers differ on which of two values they take; Vastus
 * would look one up and go through the other, and a file must mean one thing.
 */
void
vastus_check_keys (VastusCheck *check,
                   const cJSON *object,
                   const char  *field,
                   gboolean     deep)
{
  Place top = { NULL, field, 0 };

  check_keys (check, object, field != NULL ? &top : NULL, deep);
}

static GStrv
check_strv (VastusCheck *check,
            const cJSON *object,
            const char  *key,
            const char  *field,
            gboolean     required,
            guint        min_items,
            gsize        max_length,
            gboolean     take)
{
  const cJSON *array = vastus_check_array (check, object, key, field, required);
  cJSON *item;
  GStrv strv;
  guint n = 0;
  guint i = 0;

  if (array == NULL)
    return NULL;

  n = (guint) cJSON_GetArraySize (array);
  if (n < min_items)
    {
      vastus_check_add (check, field,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "must list at least %u item",
                                     "must list at least %u items", min_items),
                        min_items);
      return NULL;
    }

  strv = g_new0 (char *, n + 1);
  cJSON_ArrayForEach (item, array)
    {
      char item_field[80];

      if (cJSON_IsString (item) && !vastus_json_text_held_nul (item) &&
          text_is_fine (item->valuestring, max_length))
        {
          if (take)
            {
              /* cJSON allocates with malloc(), as GLib does. */
              strv[i++] = item->valuestring;
              item->valuestring = NULL;
            }
          else
            strv[i++] = g_strdup (item->valuestring);
          continue;
        }

      /* The item's field name is only made for a message. */
      g_snprintf (item_field, sizeof item_field, "%s[%u]", field, i);
      if (!cJSON_IsString (item))
        vastus_check_add (check, item_field, _("must be a string, not %s"), json_type_name (item));
      else if (vastus_json_text_held_nul (item))
        vastus_check_add (check, item_field, _("must not hold a NUL character (\\u0000)"));
      else
        check_text (check, item_field, item->valuestring, max_length);

      g_strfreev (strv);
      return NULL;
    }

  return strv;
}

GStrv
vastus_check_strv (VastusCheck *check,
                   const cJSON *object,
                   const char  *key,
                   const char  *field,
                   gboolean     required,
                   guint        min_items,
                   gsize        max_length)
{
  return check_strv (check, object, key, field, required, min_items, max_length, FALSE);
}

/**
 * vastus_check_take_strv:
 *
 * As vastus_check_strv(), but takes the strings out of @object instead of
 * copying them: for the long texts of a document read once.
 */
GStrv
vastus_check_take_strv (VastusCheck *check,
                        const cJSON *object,
                        const char  *key,
                        const char  *field,
                        gboolean     required,
                        guint        min_items,
                        gsize        max_length)
{
  return check_strv (check, object, key, field, required, min_items, max_length, TRUE);
}

/**
 * vastus_check_take_string:
 *
 * As vastus_check_string(), but takes the string out of @object.
 *
 * Returns: (transfer full) (nullable): the string
 */
char *
vastus_check_take_string (VastusCheck *check,
                          const cJSON *object,
                          const char  *key,
                          const char  *field,
                          gboolean     required,
                          gsize        max_length)
{
  cJSON *item;
  char *text;

  if (vastus_check_string (check, object, key, field, required, max_length) == NULL)
    return NULL;

  item = cJSON_GetObjectItemCaseSensitive (object, key);
  text = item->valuestring;
  item->valuestring = NULL;
  return text;
}

/**
 * vastus_names_find:
 * @names: a %NULL-terminated vocabulary
 *
 * Returns: the position of @name in @names, or -1
 */
int
vastus_names_find (const char * const *names,
                   const char         *name)
{
  for (int i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return -1;
}

/**
 * vastus_names_quote:
 *
 * Returns: the vocabulary for a message: "'feet', 'pelvis', 'back'"
 */
char *
vastus_names_quote (const char * const *names)
{
  g_autofree char *joined = g_strjoinv ("', '", (char **) names);
  return g_strdup_printf ("'%s'", joined);
}

/* Whether @data may hold a NUL character: a NUL byte, or `\u0000` (and not
 * `\\u0000`, an escaped backslash then "u0000"). */
static gboolean
may_hold_nul (const char *data,
              gsize       length)
{
  const char *end = data + length;
  const char *p = data;

  if (memchr (data, '\0', length) != NULL)
    return TRUE;

  /* Outside texts JSON has no backslash; inside, each starts an escape of
   * which the next character is part. */
  while ((p = memchr (p, '\\', (gsize) (end - p))) != NULL)
    {
      if (end - p >= 6 && memcmp (p, "\\u0000", 6) == 0)
        return TRUE;
      if (end - p < 2)
        break;
      p += 2;
    }

  return FALSE;
}

/* Marks the items of @item whose key or text is among the strings @held, by
 * their position in the document (@ordinal counts every string, keys too). */
static void
mark_held (cJSON       *item,
           const guint *held,
           guint        n_held,
           guint       *ordinal,
           guint       *next)
{
  cJSON *child;

  if (item->string != NULL)
    {
      if (*next < n_held && held[*next] == *ordinal)
        {
          item->type |= KEY_HELD_NUL;
          (*next)++;
        }
      (*ordinal)++;
    }

  if (cJSON_IsString (item))
    {
      if (*next < n_held && held[*next] == *ordinal)
        {
          item->type |= TEXT_HELD_NUL;
          (*next)++;
        }
      (*ordinal)++;
    }

  cJSON_ArrayForEach (child, item)
    mark_held (child, held, n_held, ordinal, next);
}

/*
 * Goes through @data, a document cJSON has read up to @length, for the
 * texts it cut at a NUL character, and marks their items in @root. A NUL
 * byte between the tokens, which cJSON takes for white space, is no JSON:
 * then returns %FALSE, with @offset at it.
 */
static gboolean
mark_nul (cJSON      *root,
          const char *data,
          gsize       length,
          gsize      *offset)
{
  g_autoptr (GArray) held = NULL;
  gboolean in_text = FALSE;
  gboolean nul = FALSE;
  guint ordinal = 0, next = 0;

  if (!may_hold_nul (data, length))
    return TRUE;

  held = g_array_new (FALSE, FALSE, sizeof (guint));
  for (gsize i = 0; i < length; i++)
    {
      if (!in_text)
        {
          if (data[i] == '"')
            {
              in_text = TRUE;
              nul = FALSE;
            }
          else if (data[i] == '\0')
            {
              *offset = i;
              return FALSE;
            }
        }
      else if (data[i] == '\\')
        {
          if (length - i > 5 && memcmp (data + i + 1, "u0000", 5) == 0)
            nul = TRUE;
          i++;   /* the escaped character; the digits of \uXXXX are plain */
        }
      else if (data[i] == '\0')
        nul = TRUE;
      else if (data[i] == '"')
        {
          if (nul)
            g_array_append_val (held, ordinal);
          ordinal++;
          in_text = FALSE;
        }
    }

  ordinal = 0;
  if (held->len > 0)
    {
      mark_held (root, (const guint *) held->data, held->len, &ordinal, &next);
      root->type |= SOME_HELD_NUL;
    }
  return TRUE;
}

/**
 * vastus_json_parse_span:
 * @data: the bytes of one document; the byte at @data[@length] must be there
 *   and be a NUL byte or a line end, as at the end of a file or of a line
 * @length: how many, not counting that byte
 * @status: (out): whether @data holds one document, or what is wrong
 * @offset: (out): where it is wrong: where cJSON stopped, or the first byte of
 *   what follows the document
 *
 * Parses exactly one JSON document: white space may surround it, nothing
 * else. A document followed by a second one, or by anything, is refused.
 * A text that held a NUL character, which cJSON cuts there, is marked:
 * vastus_json_text_held_nul() tells, and the vastus_check_*() functions say
 * it is wrong.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL
 */
cJSON *
vastus_json_parse_span (const char       *data,
                        gsize             length,
                        VastusJsonStatus *status,
                        gsize            *offset)
{
  const char *end = NULL;
  cJSON *root;
  gsize i;

  *status = VASTUS_JSON_INVALID;
  *offset = 0;

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      *status = VASTUS_JSON_EMPTY;
      *offset = length;
      return NULL;
    }

  /* cJSON is given the byte after the document too: it skips it as white
   * space, so that a document cut short fails past its end, and one broken
   * inside fails within it. */
  g_return_val_if_fail (data[length] == '\0' || data[length] == '\n' || data[length] == '\r', NULL);
  root = cJSON_ParseWithLengthOpts (data, length + 1, &end, FALSE);
  if (root == NULL)
    {
      /* The place cJSON stopped at, from @end: its global error is not
       * safe to read from a worker thread. */
      *offset = end != NULL && end >= data && end <= data + length ? (gsize) (end - data) : length;
      *status = *offset >= length ? VASTUS_JSON_TRUNCATED : VASTUS_JSON_INVALID;
      return NULL;
    }

  for (i = (gsize) (end - data); i < length; i++)
    if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n')
      {
        cJSON_Delete (root);
        *status = VASTUS_JSON_TRAILING;
        *offset = i;
        return NULL;
      }

  if (!mark_nul (root, data, (gsize) (end - data), offset))
    {
      cJSON_Delete (root);
      *status = VASTUS_JSON_INVALID;
      return NULL;
    }

  *status = VASTUS_JSON_VALID;
  *offset = length;
  return root;
}

/*
 * vastus_json_parse:
 * @data: the bytes of the document, with a NUL byte at @data[@length]
 * @length: how many, not counting that NUL
 * @error_message: (out): where the document is broken, in words
 *
 * Parses a whole JSON document, refusing empty documents, trailing garbage and
 * truncated ones, and says where the problem is by line and column.
 */
cJSON *
vastus_json_parse (const char  *data,
                   gsize        length,
                   char       **error_message)
{
  VastusJsonStatus status;
  gsize offset;
  guint line = 1, column = 1;
  cJSON *root;

  root = vastus_json_parse_span (data, length, &status, &offset);
  if (root != NULL)
    return root;

  if (status == VASTUS_JSON_EMPTY)
    {
      *error_message = g_strdup (_("the file is empty"));
      return NULL;
    }

  for (gsize i = 0; i < offset && i < length; i++)
    {
      if (data[i] == '\n')
        {
          line++;
          column = 1;
        }
      else
        column++;
    }

  if (status == VASTUS_JSON_TRUNCATED)
    *error_message = g_strdup_printf (_("line %u, column %u: the file ends in the middle of the JSON document (truncated?)"),
                                      line, column);
  else if (status == VASTUS_JSON_TRAILING)
    *error_message = g_strdup_printf (_("line %u, column %u: something follows the end of the JSON document; a file holds one document"),
                                      line, column);
  else
    *error_message = g_strdup_printf (_("line %u, column %u: not valid JSON"), line, column);
  return NULL;
}

/**
 * vastus_json_write_file:
 * @error: (out): why the file could not be written, in the system's words
 *
 * Writes @root as a whole file: its folder made if needed, or made the
 * person's only (vastus_folder_make_private()), then a temporary file, synced,
 * renamed over the old one, readable by the person only. A failed write
 * leaves the old file as it was; the temporary files of saves killed before
 * that are removed (vastus_remove_stale_temporaries()).
 */
gboolean
vastus_json_write_file (const cJSON  *root,
                        const char   *path,
                        GError      **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *text = cJSON_Print (root);

  if (vastus_folder_make_private (folder) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create %s: %s"), folder, g_strerror (saved));
      return FALSE;
    }

  vastus_remove_stale_temporaries (path);

  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}
