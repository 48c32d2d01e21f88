/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

/*
 * A fake D-Bus service in the test process (a portal, a notification
 * server): a connection of its own to the session bus, as another process
 * would have, with an object at @path implementing the first interface of
 * @xml through @vtable, and @name owned. Its calls are answered on the
 * thread-default main context, as the test runs it.
 */
static inline GDBusConnection *
vastus_test_bus_serve (const char                 *xml,
                       const char                 *path,
                       const char                 *name,
                       const GDBusInterfaceVTable *vtable,
                       gpointer                    data,
                       guint                      *object_id)
{
  g_autoptr (GDBusNodeInfo) info = NULL;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;
  GDBusConnection *connection;
  guint32 owned = 0;
  guint id;

  info = g_dbus_node_info_new_for_xml (xml, &error);
  g_assert_no_error (error);
  connection = g_dbus_connection_new_for_address_sync (g_getenv ("DBUS_SESSION_BUS_ADDRESS"),
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  id = g_dbus_connection_register_object (connection, path, info->interfaces[0], vtable, data, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName", g_variant_new ("(su)", name, 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &owned);
  g_assert_cmpuint (owned, ==, 1);   /* DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER */
  if (object_id != NULL)
    *object_id = id;
  return connection;
}
