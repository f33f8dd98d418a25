using AttachmentGuide.Web.Guide;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// Full-text search over the published chapters, one row per h2/h3 section, in a private in-memory SQLite
/// FTS5 table: never the results database. The index is built on the first search after the guide hands out
/// a new snapshot (a file changed, or a new day published a scheduled chapter), so start-up does no work.
/// </summary>
public sealed class SearchIndex(GuideLibrary guide, ILogger<SearchIndex> logger) : IDisposable
{
    public const int MaxHits = 20;

    // One connection, one lock: a query over a few hundred rows takes well under a millisecond, and a
    // SqliteConnection must not be shared between threads. Rebuilding under the same lock means no search
    // ever sees a half-built or disposed index.
    private readonly Lock _gate = new();
    private GuideSnapshot? _indexed;
    private SqliteConnection? _connection;

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        if (query.Kind != SearchQueryKind.Ready)
        {
            return [];
        }

        var snapshot = guide.Current;
        lock (_gate)
        {
            var connection = _connection is not null && ReferenceEquals(_indexed, snapshot) ? _connection : Rebuild(snapshot);
            try
            {
                return Query(connection, query);
            }
            catch (SqliteException ex)
            {
                // The query is cleaned to quoted words, so this should not happen; if it does, the reader gets
                // "no results", not an error page.
                logger.LogWarning(ex, "Search failed for a cleaned query of {Terms} word(s)", query.Terms.Count);
                return [];
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private SqliteConnection Rebuild(GuideSnapshot snapshot)
    {
        // ":memory:" is private to this one connection and disappears with it.
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE VIRTUAL TABLE sections USING fts5(
                    chapter_title, heading, body, url UNINDEXED,
                    tokenize = 'unicode61 remove_diacritics 2');
                """;
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO sections (chapter_title, heading, body, url) VALUES ($title, $heading, $body, $url)";
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var heading = insert.Parameters.Add("$heading", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var url = insert.Parameters.Add("$url", SqliteType.Text);
        var rows = 0;
        foreach (var chapter in snapshot.Published)
        {
            foreach (var section in chapter.TextSections)
            {
                title.Value = SearchHit.Unmarked(chapter.Title);
                heading.Value = section.Heading is null ? DBNull.Value : SearchHit.Unmarked(section.Heading);
                // The text before the first heading also carries the description, which sums the chapter up.
                body.Value = SearchHit.Unmarked(section.Heading is null ? $"{chapter.Meta.Description} {section.Text}" : section.Text);
                url.Value = section.Id is null ? chapter.Url : $"{chapter.Url}#{section.Id}";
                insert.ExecuteNonQuery();
                rows++;
            }
        }

        transaction.Commit();
        _connection?.Dispose();
        _connection = connection;
        _indexed = snapshot;
        logger.LogInformation("Search index rebuilt: {Rows} sections from {Chapters} chapters", rows, snapshot.Published.Count);
        return connection;
    }

    private static List<SearchHit> Query(SqliteConnection connection, SearchQuery query)
    {
        using var command = connection.CreateCommand();
        // bm25 weights: a word in the chapter title counts most, then the heading, then the text.
        command.CommandText = """
            SELECT chapter_title, heading, url, snippet(sections, 2, $start, $end, '…', 24)
            FROM sections
            WHERE sections MATCH $match
            ORDER BY bm25(sections, 5.0, 3.0, 1.0)
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$start", SearchHit.HighlightStart.ToString());
        command.Parameters.AddWithValue("$end", SearchHit.HighlightEnd.ToString());
        command.Parameters.AddWithValue("$match", query.MatchExpression);
        command.Parameters.AddWithValue("$limit", MaxHits);

        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                SearchHit.Split(reader.GetString(3))));
        }

        return hits;
    }
}
