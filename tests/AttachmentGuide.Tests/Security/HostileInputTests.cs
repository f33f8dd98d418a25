using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Tests.Security;

/// <summary>Generated hostile submissions, many of them, through the real pipeline: always a 4xx with a message, never a 5xx, nothing stored.</summary>
public sealed class HostileInputTests(SharedSite site) : IClassFixture<SharedSite>
{
    private const int Submissions = 1000;
    private const int ResultLinks = 500;
    private const int Clients = 4;

    private static readonly string[] BadValues =
    [
        "0", "8", "-1", "3.5", "1e9", "", " ", "four", "IV", "٣", "４", "+4", "4 ", "0x4", "4,5", "NaN", "null", "true",
        "<script>alert(1)</script>", "'; DROP TABLE Results; --", "\u0000", "\u202E4", "💥", new string('7', 300), new string('x', 5000),
    ];

    private static readonly int?[] Answers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Fact]
    public async Task A_thousand_malformed_submissions_all_get_a_4xx_with_a_message_none_a_5xx_and_nothing_is_stored()
    {
        var before = (await site.ReadResultsAsync()).Count;
        var sessions = new List<(HttpClient Client, QuizForm Form)>();
        for (var i = 0; i < Clients; i++)
        {
            var client = site.CreateBrowserClient();
            sessions.Add((client, await QuizForm.LoadAsync(client)));
        }

        var otherToken = (await QuizForm.LoadAsync(site.CreateBrowserClient())).Hidden.Single(h => h.Name == QuizSubmission.AntiforgeryField).Value;
        var outcomes = new ConcurrentBag<(int Kind, HttpStatusCode Status, bool HasMessage)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Submissions), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (n, ct) =>
        {
            // One seeded generator per submission: the same 1,000 cases on every run, whatever the scheduling.
            var random = new Random(20261127 + n);
            var (client, form) = sessions[n % Clients];
            var kind = n % 12;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/quiz") { Content = Malformed(kind, random, form, otherToken) };
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var dom = Html.Parse(body);
            var message = (dom.QuerySelector(".error-summary")?.TextContent ?? dom.QuerySelector("main h1")?.TextContent ?? "").Trim();
            outcomes.Add((kind, response.StatusCode, message.Length > 0));
        });

        Assert.Equal(Submissions, outcomes.Count);
        Assert.DoesNotContain(outcomes, o => (int)o.Status >= 500);
        var notRefused = outcomes.Where(o => (int)o.Status is < 400 or >= 500).ToList();
        Assert.True(notRefused.Count == 0, $"not refused: {string.Join(", ", notRefused.Take(5))}");
        Assert.All(outcomes, o => Assert.True(o.HasMessage, $"kind {o.Kind}: {o.Status} without a message"));
        Assert.Equal(12, outcomes.Select(o => o.Kind).Distinct().Count());
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }

    [Fact]
    public async Task Hundreds_of_tampered_result_links_are_400_never_an_error()
    {
        var client = site.CreateBrowserClient();
        var version = (await QuizForm.LoadAsync(client)).Hidden.Single(h => h.Name == QuizSubmission.VersionField).Value;
        var random = new Random(1127);
        var statuses = new ConcurrentBag<(string Url, HttpStatusCode Status)>();
        var links = Enumerable.Range(0, ResultLinks).Select(_ => TamperedLink(random, version)).ToList();

        await Parallel.ForEachAsync(links, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (url, ct) =>
        {
            using var response = await client.GetAsync(url, ct);
            statuses.Add((url, response.StatusCode));
        });

        Assert.Equal(ResultLinks, statuses.Count);
        var wrong = statuses.Where(s => s.Status != HttpStatusCode.BadRequest).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} not 400, e.g. {string.Join(", ", wrong.Take(3))}");
    }

    private static HttpContent Malformed(int kind, Random random, QuizForm form, string otherToken)
    {
        var fields = form.Fields(Answers, save: true);
        string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];
        int StatementIndex(string name) => fields.FindIndex(f => f.Key == name);
        var statement = Pick(form.StatementFields);
        switch (kind)
        {
            case 0: // a statement missing
                fields.RemoveAt(StatementIndex(statement));
                break;
            case 1: // an extra field
                fields.Add(new(Pick(["q-extra", "admin", "Id", "answers", "__proto__", "q-" + random.Next()]), Pick(BadValues)));
                break;
            case 2: // a duplicated statement, same or different value
                fields.Add(new(statement, random.Next(2) == 0 ? fields[StatementIndex(statement)].Value : Pick(BadValues)));
                break;
            case 3: // a bad value
                fields[StatementIndex(statement)] = new(statement, Pick(BadValues));
                break;
            case 4: // several bad values at once
                foreach (var name in form.StatementFields.Where(_ => random.Next(3) == 0).Append(statement))
                {
                    fields[StatementIndex(name)] = new(name, Pick(BadValues));
                }

                break;
            case 5: // no antiforgery token
                fields.RemoveAll(f => f.Key == QuizSubmission.AntiforgeryField);
                break;
            case 6: // a wrong antiforgery token: garbage or another visitor's
                fields[fields.FindIndex(f => f.Key == QuizSubmission.AntiforgeryField)] =
                    new(QuizSubmission.AntiforgeryField, random.Next(2) == 0 ? otherToken : Convert.ToBase64String(RandomBytes(random, 64)));
                break;
            case 7: // a stale or forged quiz version
                fields[fields.FindIndex(f => f.Key == QuizSubmission.VersionField)] =
                    new(QuizSubmission.VersionField, Pick(["0badc0de", "", "00000000", "ffffffff", new string('9', 64), "<v>"]));
                break;
            case 8: // the save choice mangled
                fields.RemoveAll(f => f.Key == QuizSubmission.SaveField);
                fields.Add(new(QuizSubmission.SaveField, Pick(["yes", "1", "on", "TRUE", "", "false"])));
                if (random.Next(2) == 0)
                {
                    fields.Add(new(QuizSubmission.SaveField, "true"));
                }

                break;
            case 9: // the version missing, or every answer missing
                fields.RemoveAll(f => random.Next(2) == 0 ? f.Key == QuizSubmission.VersionField : f.Key.StartsWith("q-", StringComparison.Ordinal));
                break;
            case 10: // a wrong content type carrying the same fields
                var text = string.Join("&", fields.Select(f => $"{f.Key}={f.Value}"));
                return Pick(["text/plain", "application/json", "application/xml", "text/html", "application/octet-stream"]) is var type
                    ? new StringContent(type == "application/json" ? $"{{\"save\":true,\"data\":\"{text}\"}}" : text, Encoding.UTF8, type)
                    : throw new InvalidOperationException();
            default: // an empty or garbled body
                return new StringContent(Pick(["", "&&&", "=", "%", "%ZZ=1", "a=%", new string('&', 200)]), Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return new FormUrlEncodedContent(fields);
    }

    private static string TamperedLink(Random random, string version)
    {
        const string Alphabet = "0123456789abcXYZ-_.~%/\\?&=+ é\u00A0😀\u0000";
        var a = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var v = random.Next(4) switch
        {
            0 => version,
            1 => version[..^1] + (version[^1] == '0' ? '1' : '0'),
            2 => "",
            _ => new string([.. Enumerable.Range(0, random.Next(1, 20)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]),
        };
        if (v == version && AnswerCodec.TryDecode(a, Answers.Length, out _))
        {
            a += "9"; // never accidentally valid
        }

        var url = $"/quiz/result?v={Uri.EscapeDataString(v)}&a={Uri.EscapeDataString(a)}";
        return random.Next(5) == 0 ? url + "&a=" + Uri.EscapeDataString(AnswerCodec.Encode([.. Answers.Select(x => x!.Value)])) : url;
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
