using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CaiTien.GrpcHost.Store;

/// <summary>
/// The default store: one SQLite file, created on first run, in WAL mode, with numbered schema migrations, each applied
/// in its own transaction. Each write runs in one immediate transaction that checks the etag and records the revision.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    /// <summary>The schema, one migration per version; applied in order, each in its own transaction. Never edit one: add the next.</summary>
    internal static readonly string[] Migrations =
    {
        """
        CREATE TABLE documents (
            name TEXT NOT NULL PRIMARY KEY,
            kind INTEGER NOT NULL,
            parent TEXT NOT NULL,
            etag TEXT NOT NULL,
            version INTEGER NOT NULL,
            data BLOB NOT NULL,
            create_time INTEGER NOT NULL,
            update_time INTEGER NOT NULL
        );
        CREATE INDEX documents_by_parent ON documents (kind, parent, name);
        """,
        """
        ALTER TABLE documents ADD COLUMN schema INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE documents ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE documents ADD COLUMN approve_time INTEGER;
        ALTER TABLE documents ADD COLUMN approver TEXT;
        CREATE INDEX documents_by_recency ON documents (kind, parent, sort_key, create_time);
        CREATE TABLE revisions (
            name TEXT NOT NULL,
            revision INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            action INTEGER NOT NULL,
            actor TEXT NOT NULL,
            time INTEGER NOT NULL,
            fields TEXT NOT NULL,
            etag_before TEXT NOT NULL,
            etag_after TEXT NOT NULL,
            schema INTEGER NOT NULL,
            data BLOB,
            PRIMARY KEY (name, revision)
        );
        """,
        """
        ALTER TABLE documents ADD COLUMN link TEXT NOT NULL DEFAULT '';
        ALTER TABLE revisions ADD COLUMN link TEXT NOT NULL DEFAULT '';
        """,
    };

    private const string Columns = "name, kind, parent, etag, version, schema, data, sort_key, link, create_time, update_time, approve_time, approver";

    private readonly string connectionString;
    private readonly IClock clock;

    public SqliteDocumentStore(string path, IClock clock, ILogger<SqliteDocumentStore> logger)
    {
        this.clock = clock;
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Cache = SqliteCacheMode.Private, DefaultTimeout = 30, Pooling = true }.ToString();
        using SqliteConnection connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        int applied = Migrate(connection);
        logger.LogInformation("Store {Path} ready: schema version {Version} ({Applied} migrations applied now)", full, Migrations.Length, applied);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // synchronous=FULL: an acknowledged write is on disk even if the machine, not only the host, stops.
        Execute(connection, "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;");
        return connection;
    }

    private static int Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        int applied = 0;
        while (true)
        {
            using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
            using var read = new SqliteCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, tx);
            int version = Convert.ToInt32(read.ExecuteScalar());
            if (version >= Migrations.Length)
            {
                tx.Commit();
                return applied;
            }
            using (var migrate = new SqliteCommand(Migrations[version], connection, tx))
            {
                migrate.ExecuteNonQuery();
            }
            using (var record = new SqliteCommand("INSERT INTO schema_version (version) VALUES ($v);", connection, tx))
            {
                record.Parameters.AddWithValue("$v", version + 1);
                record.ExecuteNonQuery();
            }
            tx.Commit();
            applied++;
        }
    }

    public async Task<StoredDocument?> GetAsync(string name, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand($"SELECT {Columns} FROM documents WHERE name = $name;", connection);
        command.Parameters.AddWithValue("$name", name);
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<DocumentPage> ListAsync(DocumentKind kind, string parent, string? after, int limit, long maxBytes, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand(
            $"SELECT {Columns}, length(data) FROM documents WHERE kind = $kind AND parent = $parent AND name > $after ORDER BY name LIMIT $limit;", connection);
        command.Parameters.AddWithValue("$kind", (int)kind);
        command.Parameters.AddWithValue("$parent", parent);
        command.Parameters.AddWithValue("$after", after ?? string.Empty);
        command.Parameters.AddWithValue("$limit", limit + 1);
        var result = new List<StoredDocument>();
        long bytes = 0;
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long size = reader.GetInt64(13);
            if (result.Count == limit || (result.Count > 0 && bytes + size > maxBytes))
            {
                return new DocumentPage(result, true);
            }
            bytes += size;
            result.Add(Read(reader));
        }
        return new DocumentPage(result, false);
    }

    public async Task<IReadOnlyList<StoredDocument>> LatestAsync(DocumentKind kind, string parent, int limit, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand(
            $"""
            SELECT {Columns} FROM documents WHERE kind = $kind AND parent = $parent
              AND sort_key = (SELECT MAX(sort_key) FROM documents WHERE kind = $kind AND parent = $parent)
            ORDER BY create_time DESC, name DESC LIMIT $limit;
            """, connection);
        command.Parameters.AddWithValue("$kind", (int)kind);
        command.Parameters.AddWithValue("$parent", parent);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<StoredDocument>();
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }
        return result;
    }

    public Task<WriteResult> CreateAsync(string name, DocumentKind kind, string parent, DocumentContent content, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            if (kind != DocumentKind.Plan && Current(connection, tx, parent) is null)
            {
                return new WriteResult(WriteOutcome.ParentNotFound, null);
            }
            if (Current(connection, tx, name) is not null)
            {
                return new WriteResult(WriteOutcome.AlreadyExists, null);
            }
            Instant now = clock.GetCurrentInstant();
            long revision = NextRevision(connection, tx, name, 0);
            var document = new StoredDocument(name, kind, parent, StoreRules.Etag(revision, content.Data, null), revision, content.Schema, content.Data,
                content.SortKey, content.Link, now, now, null, null);
            Upsert(connection, tx, document);
            Record(connection, tx, document, RevisionAction.Create, change, string.Empty, now);
            return new WriteResult(WriteOutcome.Written, document);
        });

    public Task<WriteResult> UpdateAsync(string name, DocumentContent content, string expectedEtag, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            StoredDocument? current = Current(connection, tx, name);
            if (Refusal(current, expectedEtag) is { } refused)
            {
                return refused;
            }
            Instant now = clock.GetCurrentInstant();
            long revision = NextRevision(connection, tx, name, current!.Revision);
            var document = current with
            {
                Etag = StoreRules.Etag(revision, content.Data, null), Revision = revision, Schema = content.Schema, Data = content.Data,
                SortKey = content.SortKey, Link = content.Link, UpdateTime = now,
            };
            Upsert(connection, tx, document);
            Record(connection, tx, document, RevisionAction.Update, change, current.Etag, now);
            return new WriteResult(WriteOutcome.Written, document);
        });

    public Task<WriteResult> ApproveAsync(string name, string expectedEtag, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            StoredDocument? current = Current(connection, tx, name);
            if (Refusal(current, expectedEtag) is { } refused)
            {
                return refused;
            }
            Instant now = clock.GetCurrentInstant();
            long revision = NextRevision(connection, tx, name, current!.Revision);
            var document = current with
            {
                Etag = StoreRules.Etag(revision, current.Data, now), Revision = revision, UpdateTime = now, ApproveTime = now, Approver = change.Actor,
            };
            Upsert(connection, tx, document);
            Record(connection, tx, document, RevisionAction.Approve, change, current.Etag, now);
            return new WriteResult(WriteOutcome.Written, document);
        });

    public Task<WriteResult> DeleteAsync(string name, string? expectedEtag, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            StoredDocument? current = Current(connection, tx, name);
            if (current is null)
            {
                return new WriteResult(WriteOutcome.NotFound, null);
            }
            if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != current.Etag)
            {
                return new WriteResult(WriteOutcome.StaleEtag, null, current.Etag);
            }
            var (from, to) = StoreRules.Descendants(name);
            var doomed = new List<StoredDocument> { current };
            using (var children = new SqliteCommand($"SELECT {Columns} FROM documents WHERE name > $from AND name < $to;", connection, tx))
            {
                children.Parameters.AddWithValue("$from", from);
                children.Parameters.AddWithValue("$to", to);
                using SqliteDataReader reader = children.ExecuteReader();
                while (reader.Read())
                {
                    doomed.Add(Read(reader));
                }
            }
            if (doomed.Exists(d => d.IsApproved))
            {
                return new WriteResult(WriteOutcome.Approved, null, current.Etag);
            }
            Instant now = clock.GetCurrentInstant();
            foreach (StoredDocument d in doomed)
            {
                long revision = NextRevision(connection, tx, d.Name, d.Revision);
                Record(connection, tx, d with { Revision = revision, Etag = string.Empty, Data = Array.Empty<byte>() }, RevisionAction.Delete,
                    d.Name == name ? change : new Change(change.Actor, new[] { "parent deleted" }), d.Etag, now, withData: false);
            }
            using var delete = new SqliteCommand("DELETE FROM documents WHERE name = $name OR (name > $from AND name < $to);", connection, tx);
            delete.Parameters.AddWithValue("$name", name);
            delete.Parameters.AddWithValue("$from", from);
            delete.Parameters.AddWithValue("$to", to);
            delete.ExecuteNonQuery();
            return new WriteResult(WriteOutcome.Written, null);
        });

    public async Task<IReadOnlyList<StoredRevision>> ListRevisionsAsync(string name, long after, int limit, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand(
            "SELECT name, revision, kind, action, actor, time, fields, etag_before, etag_after, schema, link FROM revisions WHERE name = $name AND revision > $after ORDER BY revision LIMIT $limit;",
            connection);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<StoredRevision>();
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadRevision(reader, withData: false));
        }
        return result;
    }

    public async Task<StoredRevision?> GetRevisionAsync(string name, long revision, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand(
            "SELECT name, revision, kind, action, actor, time, fields, etag_before, etag_after, schema, link, data FROM revisions WHERE name = $name AND revision = $revision;",
            connection);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$revision", revision);
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRevision(reader, withData: true) : null;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand("SELECT COUNT(*) FROM schema_version;", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) >= 0;
    }

    /// <summary>Runs PRAGMA integrity_check: "ok" when the file is sound.</summary>
    public string IntegrityCheck()
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand("PRAGMA integrity_check;", connection);
        return Convert.ToString(command.ExecuteScalar()) ?? string.Empty;
    }

    private static WriteResult? Refusal(StoredDocument? current, string expectedEtag)
    {
        if (current is null)
        {
            return new WriteResult(WriteOutcome.NotFound, null);
        }
        if (expectedEtag != current.Etag)
        {
            return new WriteResult(WriteOutcome.StaleEtag, null, current.Etag);
        }
        return current.IsApproved ? new WriteResult(WriteOutcome.Approved, null, current.Etag) : null;
    }

    private async Task<WriteResult> Write(CancellationToken cancellationToken, Func<SqliteConnection, SqliteTransaction, WriteResult> work)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        using SqliteConnection connection = Open();
        using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        WriteResult result = work(connection, tx);
        if (result.Outcome == WriteOutcome.Written)
        {
            tx.Commit();
        }
        else
        {
            tx.Rollback();
        }
        return result;
    }

    private static StoredDocument? Current(SqliteConnection connection, SqliteTransaction tx, string name)
    {
        using var command = new SqliteCommand($"SELECT {Columns} FROM documents WHERE name = $name;", connection, tx);
        command.Parameters.AddWithValue("$name", name);
        using SqliteDataReader reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Revision numbers never repeat for a name, even when it is deleted and created again.</summary>
    private static long NextRevision(SqliteConnection connection, SqliteTransaction tx, string name, long current)
    {
        using var command = new SqliteCommand("SELECT COALESCE(MAX(revision), 0) FROM revisions WHERE name = $name;", connection, tx);
        command.Parameters.AddWithValue("$name", name);
        return Math.Max(current, Convert.ToInt64(command.ExecuteScalar())) + 1;
    }

    private static void Upsert(SqliteConnection connection, SqliteTransaction tx, StoredDocument d)
    {
        using var command = new SqliteCommand(
            """
            INSERT INTO documents (name, kind, parent, etag, version, schema, data, sort_key, link, create_time, update_time, approve_time, approver)
            VALUES ($name, $kind, $parent, $etag, $version, $schema, $data, $sort, $link, $create, $update, $approve, $approver)
            ON CONFLICT(name) DO UPDATE SET etag = excluded.etag, version = excluded.version, schema = excluded.schema, data = excluded.data,
              sort_key = excluded.sort_key, link = excluded.link, update_time = excluded.update_time, approve_time = excluded.approve_time, approver = excluded.approver;
            """, connection, tx);
        command.Parameters.AddWithValue("$name", d.Name);
        command.Parameters.AddWithValue("$kind", (int)d.Kind);
        command.Parameters.AddWithValue("$parent", d.Parent);
        command.Parameters.AddWithValue("$etag", d.Etag);
        command.Parameters.AddWithValue("$version", d.Revision);
        command.Parameters.AddWithValue("$schema", d.Schema);
        command.Parameters.AddWithValue("$data", d.Data);
        command.Parameters.AddWithValue("$sort", d.SortKey);
        command.Parameters.AddWithValue("$link", d.Link);
        command.Parameters.AddWithValue("$create", d.CreateTime.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$update", d.UpdateTime.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$approve", d.ApproveTime is { } a ? a.ToUnixTimeTicks() : DBNull.Value);
        command.Parameters.AddWithValue("$approver", (object?)d.Approver ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static void Record(SqliteConnection connection, SqliteTransaction tx, StoredDocument d, RevisionAction action, Change change, string etagBefore, Instant now, bool withData = true)
    {
        using var command = new SqliteCommand(
            """
            INSERT INTO revisions (name, revision, kind, action, actor, time, fields, etag_before, etag_after, schema, link, data)
            VALUES ($name, $revision, $kind, $action, $actor, $time, $fields, $before, $after, $schema, $link, $data);
            """, connection, tx);
        command.Parameters.AddWithValue("$name", d.Name);
        command.Parameters.AddWithValue("$revision", d.Revision);
        command.Parameters.AddWithValue("$kind", (int)d.Kind);
        command.Parameters.AddWithValue("$action", (int)action);
        command.Parameters.AddWithValue("$actor", change.Actor);
        command.Parameters.AddWithValue("$time", now.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$fields", StoreRules.JoinFields(change.Fields));
        command.Parameters.AddWithValue("$before", etagBefore);
        command.Parameters.AddWithValue("$after", d.Etag);
        command.Parameters.AddWithValue("$schema", d.Schema);
        command.Parameters.AddWithValue("$link", d.Link);
        command.Parameters.AddWithValue("$data", withData ? d.Data : DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static StoredDocument Read(SqliteDataReader r)
        => new(r.GetString(0), (DocumentKind)r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt32(5), (byte[])r.GetValue(6),
            r.GetString(7), r.GetString(8), Instant.FromUnixTimeTicks(r.GetInt64(9)), Instant.FromUnixTimeTicks(r.GetInt64(10)),
            r.IsDBNull(11) ? null : Instant.FromUnixTimeTicks(r.GetInt64(11)), r.IsDBNull(12) ? null : r.GetString(12));

    private static StoredRevision ReadRevision(SqliteDataReader r, bool withData)
        => new(r.GetString(0), r.GetInt64(1), (DocumentKind)r.GetInt32(2), (RevisionAction)r.GetInt32(3), r.GetString(4),
            Instant.FromUnixTimeTicks(r.GetInt64(5)), StoreRules.SplitFields(r.GetString(6)), r.GetString(7), r.GetString(8), r.GetInt32(9),
            withData && !r.IsDBNull(11) ? (byte[])r.GetValue(11) : null, r.GetString(10));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
