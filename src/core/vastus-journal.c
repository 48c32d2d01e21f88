/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-journal"

#include "config.h"

#include "vastus-journal.h"
#include "vastus-files.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * The journal: everything the person has done and logged, one JSON object a
 * line in journal.jsonl, only ever appended to.
 *
 * Each append is a single write() of the whole line then fsync(), so a crash
 * or a power cut can at worst tear the newest line. Loading reports and skips
 * a torn or damaged line and never changes the file; the next append starts
 * on a fresh line. A write that fails (disk full, read-only home, permission
 * denied) keeps the line in memory, in order, and tries again.
 *
 * The journal is a list model of its sessions, oldest first.
 */

struct _VastusJournal
{
  GObject     parent_instance;

  char       *path;
  char       *name;          /* the file's name in messages */
  GPtrArray  *sessions;      /* VastusSessionEntry, by start time */
  GHashTable *by_id;         /* id → entry, borrowed */
  GPtrArray  *changes;       /* cJSON, owned */
  GPtrArray  *flags;         /* cJSON, owned: red-flag answers */
  GPtrArray  *events;        /* cJSON, owned: warning-sign checks, knee checks */
  GPtrArray  *problems;      /* one sentence per damaged line */
  GQueue      pending;       /* lines not written yet, oldest first */
  GError     *write_error;
  GError     *load_error;    /* why the file could not be read, or NULL */
  int         write_errno;
  guint       retry_interval;
  guint       retry_id;
  gboolean    loaded;
  gboolean    loading;
};

static void vastus_journal_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VastusJournal, vastus_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, vastus_journal_list_model_init))

G_DEFINE_QUARK (vastus-journal-error-quark, vastus_journal_error)

enum {
  PROP_0,
  PROP_N_PENDING,
  PROP_LOADED,
  PROP_LOAD_ERROR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* GListModel */

static GType
vastus_journal_get_item_type (GListModel *model)
{
  return VASTUS_TYPE_SESSION_ENTRY;
}

static guint
vastus_journal_get_n_items (GListModel *model)
{
  return VASTUS_JOURNAL (model)->sessions->len;
}

static gpointer
vastus_journal_get_item (GListModel *model,
                         guint       position)
{
  VastusJournal *self = VASTUS_JOURNAL (model);

  return position < self->sessions->len ? g_object_ref (g_ptr_array_index (self->sessions, position)) : NULL;
}

static void
vastus_journal_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vastus_journal_get_item_type;
  iface->get_n_items = vastus_journal_get_n_items;
  iface->get_item = vastus_journal_get_item;
}

/* Reading */

typedef struct
{
  char               *session_id;
  guint               line;
  VastusPainLog      *pain;
  VastusMorningCheck  morning;
} Attachment;

typedef struct
{
  GPtrArray *sessions;
  GPtrArray *changes;
  GPtrArray *flags;
  GPtrArray *events;
  GPtrArray *problems;
} Loaded;

static void
attachment_free (gpointer data)
{
  Attachment *attachment = data;

  g_free (attachment->session_id);
  vastus_pain_log_free (attachment->pain);
  g_free (attachment);
}

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->sessions, g_ptr_array_unref);
  g_clear_pointer (&loaded->changes, g_ptr_array_unref);
  g_clear_pointer (&loaded->flags, g_ptr_array_unref);
  g_clear_pointer (&loaded->events, g_ptr_array_unref);
  g_clear_pointer (&loaded->problems, g_ptr_array_unref);
  g_free (loaded);
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  gint64 start_a = vastus_session_entry_get_start (*(VastusSessionEntry **) a);
  gint64 start_b = vastus_session_entry_get_start (*(VastusSessionEntry **) b);

  return (start_a > start_b) - (start_a < start_b);
}

static Attachment *
read_attachment (const cJSON *object,
                 VastusCheck *check,
                 gboolean     pain)
{
  const cJSON *session = cJSON_GetObjectItemCaseSensitive (object, "session");
  Attachment *attachment;

  if (!cJSON_IsString (session) || session->valuestring[0] == '\0')
    {
      vastus_check_add (check, "session", _("must name the session it belongs to"));
      return NULL;
    }

  attachment = g_new0 (Attachment, 1);
  attachment->session_id = g_strdup (session->valuestring);

  if (pain)
    {
      attachment->pain = vastus_pain_log_new_from_json (object, check);
      if (attachment->pain == NULL)
        g_clear_pointer (&attachment, attachment_free);
    }
  else
    {
      const cJSON *time = cJSON_GetObjectItemCaseSensitive (object, "time");
      const cJSON *dismissed = cJSON_GetObjectItemCaseSensitive (object, "dismissed");
      int value = -1;

      if (!cJSON_IsString (time) || !vastus_time_from_iso8601 (time->valuestring, &attachment->morning.time))
        vastus_check_add (check, "time", _("must be a date and time like 2026-11-21T09:30:00+01:00"));
      else if (!cJSON_IsTrue (dismissed) &&
               !vastus_check_int (check, object, "pain", "pain", TRUE, 0, VASTUS_PAIN_MAX, &value))
        ;
      else
        {
          attachment->morning.pain = value;
          return attachment;
        }
      g_clear_pointer (&attachment, attachment_free);
    }

  return attachment;
}

/* Reads a whole journal, which ends with a NUL byte at @data[@length]; runs
 * in a worker thread, touching nothing shared. */
static Loaded *
parse_journal (const char *name,
               const char *data,
               gsize       length)
{
  Loaded *loaded = g_new0 (Loaded, 1);
  g_autoptr (GPtrArray) attachments = g_ptr_array_new_with_free_func (attachment_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  const char *end = data + length;
  const char *line = data;
  char where[48];
  /* Translated once, not once a line. */
  const char *line_format = _("line %u");
  VastusCheck check;
  guint number = 0;
  guint line_problems = 0;

  loaded->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  loaded->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) cJSON_Delete);
  loaded->flags = g_ptr_array_new_with_free_func ((GDestroyNotify) cJSON_Delete);
  loaded->events = g_ptr_array_new_with_free_func ((GDestroyNotify) cJSON_Delete);
  vastus_check_init (&check, name);
  check.where = where;

  while (line < end)
    {
      const char *newline = memchr (line, '\n', (gsize) (end - line));
      const char *stop = newline != NULL ? newline : end;
      gsize size = (gsize) (stop - line);
      g_autoptr (cJSON) object = NULL;
      const cJSON *type, *version;
      VastusJsonStatus status;
      gsize offset;

      number++;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_snprintf (where, sizeof where, line_format, number);
#pragma GCC diagnostic pop
      /* One sentence a line: the first problem found says enough. */
      if (check.problems->len > line_problems + 1)
        g_ptr_array_set_size (check.problems, line_problems + 1);
      line_problems = check.problems->len;
      if (size > 0 && line[size - 1] == '\r')
        size--;

      if (size == 0 || (size == strspn (line, " \t") ))
        goto next;

      /* One record a line, and nothing else: a line holding more is damaged. */
      object = vastus_json_parse_span (line, size, &status, &offset);
      if (object == NULL)
        {
          if (status == VASTUS_JSON_TRAILING && line[offset] == '{')
            vastus_check_add (&check, NULL, _("holds a second record glued to the first, at column %u; skipped"),
                              (guint) offset + 1);
          else if (status == VASTUS_JSON_TRAILING)
            vastus_check_add (&check, NULL, _("has something after its record, at column %u; skipped"),
                              (guint) offset + 1);
          else if (newline == NULL)
            vastus_check_add (&check, NULL, _("is incomplete: Vastus stopped while writing it; skipped"));
          else
            vastus_check_add (&check, NULL, _("is not valid JSON; skipped"));
          goto next;
        }

      /* A text cut at a NUL character would be read as less than it says. */
      if (vastus_json_holds_nul (object))
        {
          vastus_check_add (&check, NULL, _("has a NUL character (\\u0000) in a text; skipped"));
          goto next;
        }

      type = cJSON_GetObjectItemCaseSensitive (object, "type");
      version = cJSON_GetObjectItemCaseSensitive (object, "version");
      if (!cJSON_IsObject (object) || !cJSON_IsString (type))
        {
          vastus_check_add (&check, NULL, _("has no record type; skipped"));
          goto next;
        }
      if (!cJSON_IsNumber (version) || version->valuedouble < 1)
        {
          vastus_check_add (&check, "version", _("must be a whole number from 1"));
          goto next;
        }
      if (version->valuedouble > VASTUS_JOURNAL_VERSION)
        {
          vastus_check_add (&check, NULL, _("was written by a newer version of Vastus (%s version %g); skipped"),
                            type->valuestring, version->valuedouble);
          goto next;
        }

      if (g_str_equal (type->valuestring, "session"))
        {
          VastusSessionEntry *entry = vastus_session_entry_new_from_json (object, &check);

          if (entry == NULL)
            goto next;
          if (g_hash_table_contains (by_id, vastus_session_entry_get_id (entry)))
            {
              vastus_check_add (&check, "id", _("repeats session “%s”; skipped"), vastus_session_entry_get_id (entry));
              g_object_unref (entry);
              goto next;
            }
          g_hash_table_insert (by_id, (char *) vastus_session_entry_get_id (entry), entry);
          g_ptr_array_add (loaded->sessions, entry);
        }
      else if (g_str_equal (type->valuestring, "pain") || g_str_equal (type->valuestring, "morning"))
        {
          Attachment *attachment = read_attachment (object, &check, g_str_equal (type->valuestring, "pain"));

          if (attachment != NULL)
            {
              attachment->line = number;
              g_ptr_array_add (attachments, attachment);
            }
        }
      else if (g_str_equal (type->valuestring, "program-change") || g_str_equal (type->valuestring, "red-flag") ||
               g_str_equal (type->valuestring, "warning-signs") || g_str_equal (type->valuestring, "knee-checked"))
        {
          gint64 time;
          const cJSON *when = cJSON_GetObjectItemCaseSensitive (object, "time");

          if (!cJSON_IsString (when) || !vastus_time_from_iso8601 (when->valuestring, &time))
            vastus_check_add (&check, "time", _("must be a date and time like 2026-11-21T09:30:00+01:00"));
          else
            g_ptr_array_add (g_str_equal (type->valuestring, "red-flag") ? loaded->flags
                             : g_str_equal (type->valuestring, "program-change") ? loaded->changes
                             : loaded->events,
                             g_steal_pointer (&object));
        }
      else
        vastus_check_add (&check, "type", _("“%s” is not a kind of record Vastus knows; skipped"), type->valuestring);

    next:
      line = newline != NULL ? newline + 1 : end;
    }

  if (check.problems->len > line_problems + 1)
    g_ptr_array_set_size (check.problems, line_problems + 1);

  for (guint i = 0; i < attachments->len; i++)
    {
      Attachment *attachment = g_ptr_array_index (attachments, i);
      VastusSessionEntry *entry = g_hash_table_lookup (by_id, attachment->session_id);

      if (entry == NULL)
        {
          g_snprintf (where, sizeof where, _("line %u"), attachment->line);
          vastus_check_add (&check, "session", _("names session “%s”, which is not in the journal; skipped"),
                            attachment->session_id);
        }
      else if (attachment->pain != NULL)
        vastus_session_entry_set_pain (entry, attachment->pain);
      else
        vastus_session_entry_set_morning (entry, &attachment->morning);
    }

  g_ptr_array_sort (loaded->sessions, compare_start);
  loaded->problems = g_steal_pointer (&check.problems);
  check.problems = g_ptr_array_new ();
  vastus_check_clear (&check);
  return loaded;
}

static Loaded *
read_journal (const char  *path,
              const char  *name,
              GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return parse_journal (name, "", 0);

      g_set_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_READ,
                   _("Your journal could not be read: %s"), local_error->message);
      return NULL;
    }

  return parse_journal (name, data, length);
}

/* The file's records first, in its order; a record added while the file
 * was read is in it too, and kept once. */
static void
merge_records (GPtrArray **mine,
               GPtrArray **loaded)
{
  GPtrArray *added = *mine;

  *mine = g_steal_pointer (loaded);
  for (guint k = 0; k < added->len; k++)
    {
      cJSON *record = g_ptr_array_index (added, k);
      gboolean seen = FALSE;

      for (guint i = 0; i < (*mine)->len && !seen; i++)
        seen = cJSON_Compare (g_ptr_array_index (*mine, i), record, TRUE);
      if (!seen)
        g_ptr_array_add (*mine, g_ptr_array_steal_index (added, k--));
    }
  g_ptr_array_unref (added);
}

/* Adds what was read to what is in memory: sessions logged while the file was
 * being read are already here, so ids already known are merged, not added. */
static void
merge_loaded (VastusJournal *self,
              Loaded        *loaded)
{
  guint before = self->sessions->len;

  for (guint i = 0; i < loaded->sessions->len; i++)
    {
      VastusSessionEntry *entry = g_ptr_array_index (loaded->sessions, i);
      VastusSessionEntry *known = g_hash_table_lookup (self->by_id, vastus_session_entry_get_id (entry));

      if (known != NULL)
        {
          if (vastus_session_entry_get_pain (entry) != NULL)
            vastus_session_entry_set_pain (known, vastus_session_entry_get_pain (entry));
          if (vastus_session_entry_get_morning (entry) != NULL)
            vastus_session_entry_set_morning (known, vastus_session_entry_get_morning (entry));
          continue;
        }

      g_hash_table_insert (self->by_id, (char *) vastus_session_entry_get_id (entry), entry);
      g_ptr_array_add (self->sessions, g_object_ref (entry));
    }

  g_ptr_array_sort (self->sessions, compare_start);

  merge_records (&self->changes, &loaded->changes);
  merge_records (&self->flags, &loaded->flags);
  merge_records (&self->events, &loaded->events);

  /* Each load reports what it found, not what an earlier one did. */
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_extend_and_steal (self->problems, g_steal_pointer (&loaded->problems));
  for (guint i = 0; i < self->problems->len; i++)
    g_message ("%s", (char *) g_ptr_array_index (self->problems, i));

  self->loaded = TRUE;
  self->loading = FALSE;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, before, self->sessions->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * vastus_journal_load:
 *
 * Reads the journal. A missing file is an empty journal. Damaged lines are
 * skipped and listed by vastus_journal_get_problems(); the file itself is
 * never changed.
 *
 * Returns: %FALSE only if the file exists and cannot be read
 */
/* A journal that cannot be read is said, not only logged: whoever shows
 * the journal listens to "load-error". What is logged meanwhile is kept and
 * appended as ever. */
static void
set_load_error (VastusJournal *self,
                const GError  *error)
{
  if (self->load_error == NULL && error == NULL)
    return;
  g_clear_error (&self->load_error);
  if (error != NULL)
    self->load_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_ERROR]);
}

static gboolean
load_failed (VastusJournal  *self,
             GError         *local_error,
             GError        **error)
{
  self->loading = FALSE;
  set_load_error (self, local_error);
  g_propagate_error (error, local_error);
  return FALSE;
}

gboolean
vastus_journal_load (VastusJournal  *self,
                     GError        **error)
{
  GError *local_error = NULL;
  Loaded *loaded;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);

  loaded = read_journal (self->path, self->name, &local_error);
  if (loaded == NULL)
    return load_failed (self, local_error, error);

  set_load_error (self, NULL);
  merge_loaded (self, loaded);
  loaded_free (loaded);
  return TRUE;
}

/**
 * vastus_journal_reload:
 *
 * Forgets what is in memory and reads the file again, as after the file was
 * replaced whole (a restored backup). Lines still waiting to be written are
 * kept waiting; whoever replaces the file flushes them first.
 *
 * Returns: %FALSE only if the file exists and cannot be read
 */
gboolean
vastus_journal_reload (VastusJournal  *self,
                       GError        **error)
{
  guint before;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);

  before = self->sessions->len;
  g_hash_table_remove_all (self->by_id);
  g_ptr_array_set_size (self->sessions, 0);
  g_ptr_array_set_size (self->changes, 0);
  g_ptr_array_set_size (self->flags, 0);
  g_ptr_array_set_size (self->events, 0);
  if (before > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, before, 0);

  return vastus_journal_load (self, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  VastusJournal *self = source_object;
  GError *error = NULL;
  Loaded *loaded = read_journal (self->path, self->name, &error);

  if (loaded == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/**
 * vastus_journal_load_async:
 *
 * Reads the journal in a worker thread: ten years of sessions take a moment,
 * and the window should not wait for them.
 */
void
vastus_journal_load_async (VastusJournal       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (VASTUS_IS_JOURNAL (self));

  self->loading = TRUE;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, vastus_journal_load_async);
  g_task_run_in_thread (task, load_thread);
}

gboolean
vastus_journal_load_finish (VastusJournal  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  Loaded *loaded;

  GError *local_error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (loaded == NULL)
    return load_failed (self, local_error, error);

  set_load_error (self, NULL);
  merge_loaded (self, loaded);
  loaded_free (loaded);
  return TRUE;
}

/**
 * vastus_journal_get_load_error:
 *
 * Returns: (nullable): why the journal file could not be read, or %NULL
 */
const GError *
vastus_journal_get_load_error (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  return self->load_error;
}

gboolean
vastus_journal_is_loaded (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  return self->loaded;
}

/**
 * vastus_journal_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): one sentence per line that
 * was skipped, naming the file, the line and what was wrong
 */
GPtrArray *
vastus_journal_get_problems (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  return self->problems;
}

VastusSessionEntry *
vastus_journal_lookup_session (VastusJournal *self,
                               const char    *id)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

VastusSessionEntry *
vastus_journal_get_last_session (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  return self->sessions->len > 0 ? g_ptr_array_index (self->sessions, self->sessions->len - 1) : NULL;
}

guint
vastus_journal_get_n_program_changes (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), 0);
  return self->changes->len;
}

const cJSON *
vastus_journal_get_program_change (VastusJournal *self,
                                   guint          index)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return g_ptr_array_index (self->changes, index);
}

/* Writing */

static gboolean
write_error (GError    **error,
             const char *path,
             int         saved_errno)
{
  g_set_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_WRITE,
               _("Could not write to %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/*
 * One append: a single write() of the whole line, then fsync(). If the write
 * is short or the sync fails, the file is cut back to where it was, so that
 * trying again cannot leave half a line or a line twice. If the file does
 * not end with a newline (a line torn by an earlier crash), this line starts
 * on a new one.
 */
static gboolean
append_line (const char  *path,
             const char  *line,
             int         *failed_errno,
             GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *buffer = NULL;
  gboolean created;
  struct stat st;
  gsize length, done = 0;
  char last = '\n';
  int fd, saved;

  if (vastus_folder_make_private (folder) != 0)
    return write_error (error, folder, *failed_errno = errno);

  created = !g_file_test (path, G_FILE_TEST_EXISTS);
  /* Read and write: the last byte is read to see whether a torn line needs
   * ending first. */
  fd = g_open (path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    return write_error (error, path, *failed_errno = errno);

  if (fstat (fd, &st) != 0)
    {
      saved = *failed_errno = errno;
      close (fd);
      return write_error (error, path, saved);
    }

  /* If the last byte cannot be read, start a new line anyway: a blank line
   * costs nothing, a line glued to a torn one loses both. */
  if (st.st_size > 0 && pread (fd, &last, 1, st.st_size - 1) != 1)
    last = '\0';

  buffer = g_strconcat (last != '\n' ? "\n" : "", line, "\n", NULL);
  length = strlen (buffer);

  while (done < length)
    {
      ssize_t n = write (fd, buffer + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          saved = n < 0 ? errno : ENOSPC;
          goto failed;
        }
      /* A short write means the disk is full; do not leave half a line. */
      if ((gsize) n < length - done)
        {
          saved = ENOSPC;
          done += (gsize) n;
          goto failed;
        }
      done += (gsize) n;
    }

  if (fsync (fd) != 0)
    {
      saved = errno;
      goto failed;
    }

  if (close (fd) != 0)
    return write_error (error, path, *failed_errno = errno);

  if (created)
    sync_folder (folder);

  return TRUE;

failed:
  *failed_errno = saved;
  if (done > 0 && ftruncate (fd, st.st_size) != 0)
    g_warning ("Could not remove a partly written line from %s: %s", path, g_strerror (errno));
  close (fd);
  return write_error (error, path, saved);
}

static gboolean
retry_cb (gpointer data)
{
  VastusJournal *self = data;
  g_autoptr (GError) error = NULL;

  if (vastus_journal_flush (self, &error))
    {
      self->retry_id = 0;
      return G_SOURCE_REMOVE;
    }

  g_debug ("Journal still not written: %s", error->message);
  return G_SOURCE_CONTINUE;
}

static void
set_write_error (VastusJournal *self,
                 const GError  *error)
{
  g_clear_error (&self->write_error);
  if (error != NULL)
    self->write_error = g_error_copy (error);
}

/**
 * vastus_journal_flush:
 *
 * Writes the lines that could not be written before, oldest first, stopping
 * at the first that fails again.
 *
 * Returns: %TRUE when nothing is left to write
 */
gboolean
vastus_journal_flush (VastusJournal  *self,
                      GError        **error)
{
  guint before;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);

  before = self->pending.length;
  while (!g_queue_is_empty (&self->pending))
    {
      g_autoptr (GError) local_error = NULL;

      if (!append_line (self->path, g_queue_peek_head (&self->pending), &self->write_errno, &local_error))
        {
          set_write_error (self, local_error);
          if (before != self->pending.length)
            g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_free (g_queue_pop_head (&self->pending));
    }

  set_write_error (self, NULL);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (before != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
  return TRUE;
}

static gboolean
append_record (VastusJournal  *self,
               cJSON          *record,
               GError        **error)
{
  g_autofree char *line = cJSON_PrintUnformatted (record);
  g_autoptr (GError) local_error = NULL;

  if (g_queue_is_empty (&self->pending) && append_line (self->path, line, &self->write_errno, &local_error))
    return TRUE;

  /* Kept, in order, until it can be written. */
  g_queue_push_tail (&self->pending, g_steal_pointer (&line));
  if (local_error == NULL && vastus_journal_flush (self, NULL))
    return TRUE;

  if (local_error != NULL)
    set_write_error (self, local_error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);

  if (self->retry_id == 0 && self->retry_interval > 0)
    self->retry_id = g_timeout_add_seconds (self->retry_interval, retry_cb, self);

  if (error != NULL)
    *error = g_error_copy (self->write_error);
  return FALSE;
}

/**
 * vastus_journal_add_session:
 *
 * Adds @entry to the journal, in memory at once and on disk as one line.
 *
 * Returns: %TRUE if it is on disk; %FALSE if it is kept in memory to be
 * written later, with @error saying why
 */
gboolean
vastus_journal_add_session (VastusJournal       *self,
                            VastusSessionEntry  *entry,
                            GError             **error)
{
  g_autoptr (cJSON) record = NULL;
  guint position;
  gboolean written;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (entry), FALSE);
  g_return_val_if_fail (!g_hash_table_contains (self->by_id, vastus_session_entry_get_id (entry)), FALSE);

  record = vastus_session_entry_to_json (entry);
  written = append_record (self, record, error);

  for (position = self->sessions->len; position > 0; position--)
    if (vastus_session_entry_get_start (g_ptr_array_index (self->sessions, position - 1)) <=
        vastus_session_entry_get_start (entry))
      break;

  g_ptr_array_insert (self->sessions, (int) position, g_object_ref (entry));
  g_hash_table_insert (self->by_id, (char *) vastus_session_entry_get_id (entry), entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_signal_emit (self, signals[CHANGED], 0);

  return written;
}

static VastusSessionEntry *
find_session (VastusJournal  *self,
              const char     *session_id,
              GError        **error)
{
  VastusSessionEntry *entry = vastus_journal_lookup_session (self, session_id);

  if (entry == NULL)
    g_set_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_UNKNOWN_SESSION,
                 _("There is no session “%s” in the journal"), session_id);
  return entry;
}

/**
 * vastus_journal_add_pain:
 *
 * Logs pain for a session; the newest log of a session is the one that
 * counts, so a log can be filled in later or corrected.
 */
gboolean
vastus_journal_add_pain (VastusJournal        *self,
                         const char           *session_id,
                         const VastusPainLog  *log,
                         GError              **error)
{
  VastusSessionEntry *entry;
  g_autoptr (cJSON) record = NULL;
  gboolean written;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (log != NULL, FALSE);

  entry = find_session (self, session_id, error);
  if (entry == NULL)
    return FALSE;

  record = vastus_pain_log_to_json (log, session_id);
  written = append_record (self, record, error);
  vastus_session_entry_set_pain (entry, log);
  g_signal_emit (self, signals[CHANGED], 0);
  return written;
}

/**
 * vastus_journal_add_morning:
 * @check: the morning's pain, or -1 when the question was dismissed
 */
gboolean
vastus_journal_add_morning (VastusJournal             *self,
                            const char                *session_id,
                            const VastusMorningCheck  *check,
                            GError                   **error)
{
  VastusSessionEntry *entry;
  g_autoptr (cJSON) record = NULL;
  g_autofree char *time = NULL;
  gboolean written;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (check != NULL, FALSE);

  entry = find_session (self, session_id, error);
  if (entry == NULL)
    return FALSE;

  record = cJSON_CreateObject ();
  time = vastus_time_to_iso8601 (check->time);
  cJSON_AddStringToObject (record, "type", "morning");
  cJSON_AddNumberToObject (record, "version", VASTUS_JOURNAL_VERSION);
  cJSON_AddStringToObject (record, "session", session_id);
  cJSON_AddStringToObject (record, "time", time);
  if (check->pain >= 0)
    cJSON_AddNumberToObject (record, "pain", MIN (check->pain, VASTUS_PAIN_MAX));
  else
    cJSON_AddBoolToObject (record, "dismissed", TRUE);

  written = append_record (self, record, error);
  vastus_session_entry_set_morning (entry, check);
  g_signal_emit (self, signals[CHANGED], 0);
  return written;
}

/* A record's type and version, and its time when it has none. */
static void
stamp (cJSON      *record,
       const char *type)
{
  cJSON_DeleteItemFromObjectCaseSensitive (record, "type");
  cJSON_DeleteItemFromObjectCaseSensitive (record, "version");
  cJSON_AddItemToObjectCS (record, "type", cJSON_CreateString (type));
  cJSON_AddItemToObjectCS (record, "version", cJSON_CreateNumber (VASTUS_JOURNAL_VERSION));
  if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (record, "time")))
    {
      g_autofree char *time = vastus_time_to_iso8601 (g_get_real_time ());

      cJSON_DeleteItemFromObjectCaseSensitive (record, "time");
      cJSON_AddStringToObject (record, "time", time);
    }
}

/* A programme change or a warning sign: stamped, written, kept in @list. */
static gboolean
add_event (VastusJournal  *self,
           GPtrArray      *list,
           cJSON          *record,
           const char     *type,
           GError        **error)
{
  gboolean written;

  g_return_val_if_fail (cJSON_IsObject (record), FALSE);

  stamp (record, type);
  written = append_record (self, record, error);
  g_ptr_array_add (list, record);
  g_signal_emit (self, signals[CHANGED], 0);
  return written;
}

/**
 * vastus_journal_add_program_change:
 * @record: (transfer full): the change; its type, version and, if missing,
 *   time are filled in
 */
gboolean
vastus_journal_add_program_change (VastusJournal  *self,
                                   cJSON          *record,
                                   GError        **error)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  return add_event (self, self->changes, record, "program-change", error);
}

/**
 * vastus_journal_add_red_flag:
 * @record: (transfer full): the answers; type, version and time filled in
 *
 * Writes down that a warning sign was answered yes, and what was advised.
 */
gboolean
vastus_journal_add_red_flag (VastusJournal  *self,
                             cJSON          *record,
                             GError        **error)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  return add_event (self, self->flags, record, "red-flag", error);
}

guint
vastus_journal_get_n_red_flags (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), 0);
  return self->flags->len;
}

const cJSON *
vastus_journal_get_red_flag (VastusJournal *self,
                             guint          index)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (index < self->flags->len, NULL);
  return g_ptr_array_index (self->flags, index);
}

/**
 * vastus_journal_add_event:
 * @type: "warning-signs" (the questions answered, none of them yes) or
 *   "knee-checked" (the person says a professional has checked the knee)
 * @record: (transfer full): the record; type, version and time filled in
 */
gboolean
vastus_journal_add_event (VastusJournal  *self,
                          const char     *type,
                          cJSON          *record,
                          GError        **error)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (g_strcmp0 (type, "warning-signs") == 0 || g_strcmp0 (type, "knee-checked") == 0, FALSE);
  return add_event (self, self->events, record, type, error);
}

guint
vastus_journal_get_n_events (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), 0);
  return self->events->len;
}

/**
 * vastus_journal_get_event:
 *
 * Returns: (transfer none): a warning-sign check or a knee check, in the
 *   order written; its "type" says which
 */
const cJSON *
vastus_journal_get_event (VastusJournal *self,
                          guint          index)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (index < self->events->len, NULL);
  return g_ptr_array_index (self->events, index);
}

guint
vastus_journal_get_n_pending (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), 0);
  return self->pending.length;
}

/**
 * vastus_journal_get_write_error:
 *
 * Returns: (nullable): why the newest write failed, while lines are waiting
 */
const GError *
vastus_journal_get_write_error (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  return self->write_error;
}

/**
 * vastus_journal_dump_pending:
 *
 * Returns: (transfer full): the lines still waiting, as they would be
 * written, so that a last resort can show or keep them
 */
/**
 * vastus_journal_describe_write_problem:
 *
 * Returns: (nullable): why the newest write failed, in a few plain words
 *   ("the disk is full"), while lines are waiting
 */
const char *
vastus_journal_describe_write_problem (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);

  if (self->write_error == NULL)
    return NULL;

  switch (self->write_errno)
    {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      return _("the disk is full");
    case EACCES:
    case EPERM:
      return _("Vastus may not write to its folder");
    case EROFS:
      return _("the disk is read-only");
    default:
      return _("the file could not be written");
    }
}

char *
vastus_journal_dump_pending (VastusJournal *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);

  for (GList *l = self->pending.head; l != NULL; l = l->next)
    {
      g_string_append (text, l->data);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

void
vastus_journal_set_retry_interval (VastusJournal *self,
                                   guint          seconds)
{
  g_return_if_fail (VASTUS_IS_JOURNAL (self));
  self->retry_interval = seconds;
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (seconds > 0 && !g_queue_is_empty (&self->pending))
    self->retry_id = g_timeout_add_seconds (seconds, retry_cb, self);
}

char *
vastus_journal_default_path (void)
{
  g_autofree char *folder = vastus_files_data_dir ();

  return g_build_filename (folder, "journal.jsonl", NULL);
}

const char *
vastus_journal_get_path (VastusJournal *self)
{
  g_return_val_if_fail (VASTUS_IS_JOURNAL (self), NULL);
  return self->path;
}

/* The object */

static void
vastus_journal_dispose (GObject *object)
{
  VastusJournal *self = VASTUS_JOURNAL (object);

  g_clear_handle_id (&self->retry_id, g_source_remove);

  G_OBJECT_CLASS (vastus_journal_parent_class)->dispose (object);
}

static void
vastus_journal_finalize (GObject *object)
{
  VastusJournal *self = VASTUS_JOURNAL (object);

  if (!g_queue_is_empty (&self->pending))
    g_warning ("%u journal records were never written to %s", self->pending.length, self->path);

  g_queue_clear_full (&self->pending, g_free);
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->sessions);
  g_ptr_array_unref (self->changes);
  g_ptr_array_unref (self->flags);
  g_ptr_array_unref (self->events);
  g_ptr_array_unref (self->problems);
  g_clear_error (&self->write_error);
  g_clear_error (&self->load_error);
  g_free (self->path);
  g_free (self->name);

  G_OBJECT_CLASS (vastus_journal_parent_class)->finalize (object);
}

static void
vastus_journal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VastusJournal *self = VASTUS_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_N_PENDING:
      g_value_set_uint (value, self->pending.length);
      break;
    case PROP_LOAD_ERROR:
      g_value_set_boxed (value, self->load_error);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_journal_class_init (VastusJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_journal_dispose;
  object_class->finalize = vastus_journal_finalize;
  object_class->get_property = vastus_journal_get_property;

  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOAD_ERROR] =
    g_param_spec_boxed ("load-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VastusJournal::changed:
   *
   * Something was added: a session, a pain log, a morning check or a
   * programme change, or the file finished loading.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vastus_journal_init (VastusJournal *self)
{
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) cJSON_Delete);
  self->flags = g_ptr_array_new_with_free_func ((GDestroyNotify) cJSON_Delete);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) cJSON_Delete);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->retry_interval = VASTUS_JOURNAL_RETRY_SECONDS;
  g_queue_init (&self->pending);
}

VastusJournal *
vastus_journal_new (const char *path)
{
  VastusJournal *self = g_object_new (VASTUS_TYPE_JOURNAL, NULL);

  self->path = path != NULL ? g_strdup (path) : vastus_journal_default_path ();
  self->name = g_path_get_basename (self->path);
  return self;
}
