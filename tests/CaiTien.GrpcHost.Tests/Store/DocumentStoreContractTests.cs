using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CaiTien.GrpcHost.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace CaiTien.GrpcHost.Tests.Store;

/// <summary>A store under test, on a database of its own, with a clock the test moves.</summary>
public sealed class StoreUnderTest : IDisposable
{
    private readonly List<IDisposable> owned = new();
    private readonly string kind;
    private readonly string location;

    public StoreUnderTest(string kind)
    {
        this.kind = kind;
        Clock = new FakeClock(Instant.FromUtc(2024, 3, 1, 8, 0), Duration.FromSeconds(1));
        if (kind == "sqlite")
        {
            location = Path.Combine(Path.GetTempPath(), "caitien-contract-" + Guid.NewGuid().ToString("N"), "caitien.db");
        }
        else
        {
            var database = new PostgresDatabase();
            owned.Add(database);
            location = database.ConnectionString;
        }
        Store = Open();
    }

    public FakeClock Clock { get; }

    public IDocumentStore Store { get; }

    /// <summary>Another store on the same database, as a second host would have.</summary>
    public IDocumentStore Open()
    {
        IDocumentStore store = kind == "sqlite"
            ? new SqliteDocumentStore(location, Clock, NullLogger<SqliteDocumentStore>.Instance)
            : new PostgresDocumentStore(location, Clock, NullLogger<PostgresDocumentStore>.Instance);
        if (store is IDisposable d)
        {
            owned.Add(d);
        }
        return store;
    }

    public void Dispose()
    {
        foreach (IDisposable d in Enumerable.Reverse(owned))
        {
            d.Dispose();
        }
        if (kind == "sqlite")
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Path.GetDirectoryName(location)!, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>
/// The contract every store keeps, run against SQLite and against PostgreSQL (when <c>CAITIEN_TEST_POSTGRES</c> names a
/// server; always under CI): the same tests, the same answers.
/// </summary>
public sealed class DocumentStoreContractTests
{
    private const string School = "schools/s";
    private const string Plan = "schools/s/plans/kh-1";
    private static readonly CancellationToken None = CancellationToken.None;

    public static IEnumerable<object[]> Stores()
    {
        yield return new object[] { "sqlite" };
        if (PostgresDatabase.Available || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            yield return new object[] { "postgres" };
        }
    }

    private static DocumentContent Content(string text, string sortKey = "") => new(Encoding.UTF8.GetBytes(text), 1, sortKey);

    private static Change By(string who, params string[] fields) => Change.By(who, fields);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Create_ThenGet_SameDocumentWithRevisionOne(string kind)
    {
        using var t = new StoreUnderTest(kind);
        WriteResult created = await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("v1", "2023-09-01"), By("alice"), None);
        Assert.Equal(WriteOutcome.Written, created.Outcome);
        StoredDocument d = created.Document!;
        Assert.Equal((Plan, DocumentKind.Plan, School, 1L, "v1", "2023-09-01"), (d.Name, d.Kind, d.Parent, d.Revision, Encoding.UTF8.GetString(d.Data), d.SortKey));
        Assert.StartsWith("1-", d.Etag);
        Assert.Equal(d.CreateTime, d.UpdateTime);
        Assert.False(d.IsApproved);
        StoredDocument? read = await t.Store.GetAsync(Plan, None);
        Assert.NotNull(read);
        Assert.Equal((d.Etag, d.Revision, d.CreateTime, d.UpdateTime), (read!.Etag, read.Revision, read.CreateTime, read.UpdateTime));
        Assert.Equal(d.Data, read.Data);
        Assert.Null(await t.Store.GetAsync(Plan + "x", None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Create_Twice_AlreadyExists_AndChildNeedsItsParent(string kind)
    {
        using var t = new StoreUnderTest(kind);
        await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("v1"), By("a"), None);
        Assert.Equal(WriteOutcome.AlreadyExists, (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("v2"), By("a"), None)).Outcome);
        Assert.Equal("v1", Encoding.UTF8.GetString((await t.Store.GetAsync(Plan, None))!.Data));
        Assert.Equal(WriteOutcome.ParentNotFound,
            (await t.Store.CreateAsync("schools/s/plans/none/reports/r", DocumentKind.Report, "schools/s/plans/none", Content("r"), By("a"), None)).Outcome);
        Assert.Equal(WriteOutcome.Written,
            (await t.Store.CreateAsync(Plan + "/reports/r", DocumentKind.Report, Plan, Content("r"), By("a"), None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Update_NeedsTheCurrentEtag(string kind)
    {
        using var t = new StoreUnderTest(kind);
        var created = (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("v1"), By("a"), None)).Document!;
        WriteResult stale = await t.Store.UpdateAsync(Plan, Content("x"), "1-000000000000", By("b"), None);
        Assert.Equal(WriteOutcome.StaleEtag, stale.Outcome);
        Assert.Equal(created.Etag, stale.CurrentEtag);
        var updated = (await t.Store.UpdateAsync(Plan, Content("v2", "k"), created.Etag, By("b", "school_name"), None)).Document!;
        Assert.Equal(2, updated.Revision);
        Assert.StartsWith("2-", updated.Etag);
        Assert.Equal(created.CreateTime, updated.CreateTime);
        Assert.True(updated.UpdateTime > created.UpdateTime);
        Assert.Equal("k", (await t.Store.GetAsync(Plan, None))!.SortKey);
        Assert.Equal(WriteOutcome.StaleEtag, (await t.Store.UpdateAsync(Plan, Content("v3"), created.Etag, By("c"), None)).Outcome);
        Assert.Equal(WriteOutcome.NotFound, (await t.Store.UpdateAsync(Plan + "x", Content("v3"), created.Etag, By("c"), None)).Outcome);
        Assert.Equal("v2", Encoding.UTF8.GetString((await t.Store.GetAsync(Plan, None))!.Data));
        // The same content written again is a new revision with a new etag: etags name writes, not contents.
        var again = (await t.Store.UpdateAsync(Plan, Content("v2", "k"), updated.Etag, By("b"), None)).Document!;
        Assert.NotEqual(updated.Etag, again.Etag);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ConcurrentWriters_ThroughTwoStoresOnOneDatabase_LoseNothing(string kind)
    {
        using var t = new StoreUnderTest(kind);
        IDocumentStore[] stores = { t.Store, t.Open() };
        var created = (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content(""), By("a"), None)).Document!;

        // Eight writers with the same etag: exactly one wins.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].UpdateAsync(Plan, Content($"w{i}"), created.Etag, By("w"), None))));
        Assert.Equal(1, outcomes.Count(o => o.Outcome == WriteOutcome.Written));
        Assert.Equal(7, outcomes.Count(o => o.Outcome == WriteOutcome.StaleEtag));

        // Eight writers appending with read-modify-write and retry, half through each store: every append survives.
        const int Writers = 8, Appends = 10;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            IDocumentStore store = stores[w % 2];
            for (int n = 0; n < Appends; n++)
            {
                while (true)
                {
                    StoredDocument current = (await store.GetAsync(Plan, None))!;
                    string text = Encoding.UTF8.GetString(current.Data) + $"[{w}.{n}]";
                    if ((await store.UpdateAsync(Plan, Content(text), current.Etag, By($"w{w}"), None)).Outcome == WriteOutcome.Written)
                    {
                        break;
                    }
                }
            }
        })));
        string final = Encoding.UTF8.GetString((await t.Store.GetAsync(Plan, None))!.Data);
        Assert.Equal(Writers * Appends, final.Split('[').Length - 1);
        Assert.All(Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, Appends).Select(n => $"[{w}.{n}]")), s => Assert.Contains(s, final));
        var revisions = await t.Store.ListRevisionsAsync(Plan, 0, 1000, None);
        Assert.Equal(1 + 1 + Writers * Appends, revisions.Count);
        Assert.Equal(Enumerable.Range(1, revisions.Count).Select(i => (long)i), revisions.Select(r => r.Revision));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ConcurrentCreates_OfOneName_OneWins(string kind)
    {
        using var t = new StoreUnderTest(kind);
        IDocumentStore[] stores = { t.Store, t.Open() };
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].CreateAsync(Plan, DocumentKind.Plan, School, Content($"c{i}"), By("c"), None))));
        Assert.Equal(1, outcomes.Count(o => o.Outcome == WriteOutcome.Written));
        Assert.Equal(7, outcomes.Count(o => o.Outcome == WriteOutcome.AlreadyExists));
        Assert.Single(await t.Store.ListRevisionsAsync(Plan, 0, 100, None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task List_PagesByCountAndByBytes_InBytewiseNameOrder(string kind)
    {
        using var t = new StoreUnderTest(kind);
        string[] ids = { "a0", "a-1", "b", "a", "kh-10", "kh-1", "z9" };
        foreach (string id in ids)
        {
            await t.Store.CreateAsync($"{School}/plans/{id}", DocumentKind.Plan, School, Content(new string('x', 100)), By("a"), None);
        }
        await t.Store.CreateAsync("schools/other/plans/a", DocumentKind.Plan, "schools/other", Content("o"), By("a"), None);
        await t.Store.CreateAsync($"{School}/plans/a/reports/r", DocumentKind.Report, $"{School}/plans/a", Content("r"), By("a"), None);

        var expected = ids.Select(id => $"{School}/plans/{id}").OrderBy(n => n, StringComparer.Ordinal).ToList();
        var names = new List<string>();
        string? after = null;
        while (true)
        {
            DocumentPage page = await t.Store.ListAsync(DocumentKind.Plan, School, after, 3, long.MaxValue, None);
            names.AddRange(page.Documents.Select(d => d.Name));
            Assert.True(page.Documents.Count == 3 || !page.More);
            if (!page.More)
            {
                break;
            }
            after = page.Documents[^1].Name;
        }
        Assert.Equal(expected, names);

        // 250 bytes hold two documents of 100; a single document larger than the budget still comes, alone.
        DocumentPage bytes = await t.Store.ListAsync(DocumentKind.Plan, School, null, 100, 250, None);
        Assert.Equal(expected.Take(2), bytes.Documents.Select(d => d.Name));
        Assert.True(bytes.More);
        DocumentPage one = await t.Store.ListAsync(DocumentKind.Plan, School, null, 100, 10, None);
        Assert.Single(one.Documents);
        Assert.True(one.More);
        DocumentPage last = await t.Store.ListAsync(DocumentKind.Plan, School, expected[^2], 100, 10, None);
        Assert.Equal(expected[^1], Assert.Single(last.Documents).Name);
        Assert.False(last.More);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Latest_GreatestSortKey_ThenNewest(string kind)
    {
        using var t = new StoreUnderTest(kind);
        await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("p"), By("a"), None);
        Assert.Empty(await t.Store.LatestAsync(DocumentKind.Report, Plan, 5, None));
        await t.Store.CreateAsync(Plan + "/reports/undated", DocumentKind.Report, Plan, Content("u"), By("a"), None);
        Assert.Equal("undated", (await t.Store.LatestAsync(DocumentKind.Report, Plan, 5, None))[0].Name.Split('/')[^1]);
        await t.Store.CreateAsync(Plan + "/reports/may", DocumentKind.Report, Plan, Content("m", "2024-05-20"), By("a"), None);
        await t.Store.CreateAsync(Plan + "/reports/jan", DocumentKind.Report, Plan, Content("j", "2024-01-15"), By("a"), None);
        await t.Store.CreateAsync(Plan + "/reports/may2", DocumentKind.Report, Plan, Content("m2", "2024-05-20"), By("a"), None);
        var latest = await t.Store.LatestAsync(DocumentKind.Report, Plan, 5, None);
        Assert.Equal(new[] { "may2", "may" }, latest.Select(d => d.Name.Split('/')[^1]));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Approved_CannotChangeOrBeDeleted_NorCanItsParent(string kind)
    {
        using var t = new StoreUnderTest(kind);
        var plan = (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("p"), By("a"), None)).Document!;
        var report = (await t.Store.CreateAsync(Plan + "/reports/r", DocumentKind.Report, Plan, Content("r"), By("a"), None)).Document!;
        Assert.Equal(WriteOutcome.StaleEtag, (await t.Store.ApproveAsync(Plan, "0-x", By("principal"), None)).Outcome);
        var approved = (await t.Store.ApproveAsync(Plan, plan.Etag, By("principal"), None)).Document!;
        Assert.True(approved.IsApproved);
        Assert.Equal("principal", approved.Approver);
        Assert.NotEqual(plan.Etag, approved.Etag);
        Assert.Equal(plan.Data, approved.Data);
        StoredDocument read = (await t.Store.GetAsync(Plan, None))!;
        Assert.Equal((approved.Etag, approved.ApproveTime, "principal"), (read.Etag, read.ApproveTime, read.Approver));

        Assert.Equal(WriteOutcome.Approved, (await t.Store.UpdateAsync(Plan, Content("changed"), approved.Etag, By("a"), None)).Outcome);
        Assert.Equal(WriteOutcome.Approved, (await t.Store.ApproveAsync(Plan, approved.Etag, By("a"), None)).Outcome);
        Assert.Equal(WriteOutcome.Approved, (await t.Store.DeleteAsync(Plan, approved.Etag, By("a"), None)).Outcome);
        Assert.Equal("p", Encoding.UTF8.GetString((await t.Store.GetAsync(Plan, None))!.Data));

        // A report on an approved plan is written as usual; once approved, its plan cannot be deleted through it either.
        var changed = (await t.Store.UpdateAsync(report.Name, Content("r2"), report.Etag, By("a"), None)).Document!;
        await t.Store.ApproveAsync(report.Name, changed.Etag, By("principal"), None);
        Assert.Equal(WriteOutcome.Approved, (await t.Store.DeleteAsync(report.Name, null, By("a"), None)).Outcome);
        var other = (await t.Store.CreateAsync("schools/s/plans/kh-2", DocumentKind.Plan, School, Content("p"), By("a"), None)).Document!;
        var otherReport = (await t.Store.CreateAsync("schools/s/plans/kh-2/reports/r", DocumentKind.Report, "schools/s/plans/kh-2", Content("r"), By("a"), None)).Document!;
        await t.Store.ApproveAsync(otherReport.Name, otherReport.Etag, By("principal"), None);
        Assert.Equal(WriteOutcome.Approved, (await t.Store.DeleteAsync(other.Name, other.Etag, By("a"), None)).Outcome);
        Assert.NotNull(await t.Store.GetAsync(other.Name, None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Delete_Cascades_KeepsHistory_AndNumbersContinue(string kind)
    {
        using var t = new StoreUnderTest(kind);
        var plan = (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("p"), By("a"), None)).Document!;
        await t.Store.CreateAsync(Plan + "/reports/r", DocumentKind.Report, Plan, Content("r"), By("a"), None);
        await t.Store.CreateAsync(Plan + "/supervision", DocumentKind.Supervision, Plan, Content("s"), By("a"), None);
        var neighbour = (await t.Store.CreateAsync("schools/s/plans/kh-10", DocumentKind.Plan, School, Content("n"), By("a"), None)).Document!;
        await t.Store.CreateAsync("schools/s/plans/kh-1-b", DocumentKind.Plan, School, Content("n"), By("a"), None);

        Assert.Equal(WriteOutcome.StaleEtag, (await t.Store.DeleteAsync(Plan, "9-x", By("b"), None)).Outcome);
        Assert.Equal(WriteOutcome.Written, (await t.Store.DeleteAsync(Plan, plan.Etag, By("b"), None)).Outcome);
        Assert.Null(await t.Store.GetAsync(Plan, None));
        Assert.Null(await t.Store.GetAsync(Plan + "/reports/r", None));
        Assert.Null(await t.Store.GetAsync(Plan + "/supervision", None));
        Assert.NotNull(await t.Store.GetAsync(neighbour.Name, None));
        Assert.NotNull(await t.Store.GetAsync("schools/s/plans/kh-1-b", None));
        Assert.Equal(WriteOutcome.NotFound, (await t.Store.DeleteAsync(Plan, null, By("b"), None)).Outcome);

        var history = await t.Store.ListRevisionsAsync(Plan, 0, 100, None);
        Assert.Equal(new[] { RevisionAction.Create, RevisionAction.Delete }, history.Select(r => r.Action));
        Assert.Equal((plan.Etag, string.Empty, "b"), (history[1].EtagBefore, history[1].EtagAfter, history[1].Actor));
        var child = await t.Store.ListRevisionsAsync(Plan + "/reports/r", 0, 100, None);
        Assert.Equal(RevisionAction.Delete, child[^1].Action);

        var recreated = (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("p2"), By("c"), None)).Document!;
        Assert.Equal(3, recreated.Revision);
        Assert.StartsWith("3-", recreated.Etag);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Revisions_WhoWhenWhichFieldsEtags_AndTheContentThen(string kind)
    {
        using var t = new StoreUnderTest(kind);
        var v1 = (await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("one"), By("alice"), None)).Document!;
        var v2 = (await t.Store.UpdateAsync(Plan, Content("two"), v1.Etag, By("bob", "school_name", "reference.number"), None)).Document!;
        var v3 = (await t.Store.ApproveAsync(Plan, v2.Etag, By("principal"), None)).Document!;

        var list = await t.Store.ListRevisionsAsync(Plan, 0, 10, None);
        Assert.Equal(new long[] { 1, 2, 3 }, list.Select(r => r.Revision));
        Assert.All(list, r => Assert.Null(r.Data));
        Assert.Equal(new[] { RevisionAction.Create, RevisionAction.Update, RevisionAction.Approve }, list.Select(r => r.Action));
        Assert.Equal(new[] { "alice", "bob", "principal" }, list.Select(r => r.Actor));
        Assert.Equal(new[] { "school_name", "reference.number" }, list[1].Fields);
        Assert.Equal((v1.Etag, v2.Etag), (list[1].EtagBefore, list[1].EtagAfter));
        Assert.Equal((string.Empty, v1.Etag), (list[0].EtagBefore, list[0].EtagAfter));
        Assert.Equal(v3.Etag, list[2].EtagAfter);
        Assert.Equal(v2.UpdateTime, list[1].Time);
        Assert.Equal(new long[] { 3 }, (await t.Store.ListRevisionsAsync(Plan, 2, 10, None)).Select(r => r.Revision));
        Assert.Equal(2, (await t.Store.ListRevisionsAsync(Plan, 0, 2, None)).Count);

        StoredRevision? first = await t.Store.GetRevisionAsync(Plan, 1, None);
        Assert.Equal("one", Encoding.UTF8.GetString(first!.Data!));
        Assert.Equal("two", Encoding.UTF8.GetString((await t.Store.GetRevisionAsync(Plan, 2, None))!.Data!));
        Assert.Null(await t.Store.GetRevisionAsync(Plan, 4, None));
        Assert.Empty(await t.Store.ListRevisionsAsync("schools/s/plans/none", 0, 10, None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Migrations_RunOnce_AndASecondStoreFindsThemDone(string kind)
    {
        using var t = new StoreUnderTest(kind);
        await t.Store.CreateAsync(Plan, DocumentKind.Plan, School, Content("p"), By("a"), None);
        var others = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(t.Open)));
        foreach (IDocumentStore other in others)
        {
            Assert.True(await other.PingAsync(None));
            Assert.Equal("p", Encoding.UTF8.GetString((await other.GetAsync(Plan, None))!.Data));
        }
    }

    [Fact]
    public async Task Sqlite_AFileOfSchemaOne_IsMigratedWithItsDataKept()
    {
        string folder = Path.Combine(Path.GetTempPath(), "caitien-migrate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "caitien.db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL);" + SqliteDocumentStore.Migrations[0]
                    + "INSERT INTO schema_version VALUES (1);"
                    + "INSERT INTO documents VALUES ('schools/s/plans/old', 1, 'schools/s', '1-abc', 1, x'6F6C64', 100, 200);";
                command.ExecuteNonQuery();
            }
            var store = new SqliteDocumentStore(path, new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0)), NullLogger<SqliteDocumentStore>.Instance);
            StoredDocument old = (await store.GetAsync("schools/s/plans/old", None))!;
            Assert.Equal(("1-abc", 1L, "old", 1, string.Empty, false), (old.Etag, old.Revision, Encoding.UTF8.GetString(old.Data), old.Schema, old.SortKey, old.IsApproved));
            var updated = (await store.UpdateAsync(old.Name, Content("new"), "1-abc", By("a"), None)).Document!;
            Assert.Equal(2, updated.Revision);
            Assert.Equal("ok", store.IntegrityCheck());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [PostgresFact]
    public void Postgres_IsConfigured() => Assert.True(PostgresDatabase.Available, $"{PostgresDatabase.Variable} is not set");
}
