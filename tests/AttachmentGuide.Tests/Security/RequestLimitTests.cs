using System.Net;
using System.Net.Http.Headers;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Security;

public sealed class RequestLimitTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static readonly string[] ErrorHeadings = ["Something in that request did not look right", "That was more than we expected"];

    private static readonly int?[] Answers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    // The 16 KB body limit needs a real server (the in-memory one cannot apply it): see CrashSafetyTests.
    public static TheoryData<string> Oversized => ["many-fields", "long-value", "long-key", "big-multipart"];

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task An_oversized_quiz_form_is_refused_with_a_client_error_page_never_a_500(string kind)
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var fields = form.Fields(Answers, save: true);
        HttpContent content;
        switch (kind)
        {
            case "many-fields":
                fields.AddRange(Enumerable.Range(0, 100).Select(i => new KeyValuePair<string, string>($"x{i}", "1")));
                content = new FormUrlEncodedContent(fields);
                break;
            case "long-value":
                fields[fields.FindIndex(f => f.Key == "version")] = new("version", new string('a', 5000));
                content = new FormUrlEncodedContent(fields);
                break;
            case "long-key":
                fields.Add(new(new string('k', 2000), "1"));
                content = new FormUrlEncodedContent(fields);
                break;
            default:
                var multipart = new MultipartFormDataContent();
                foreach (var (key, value) in fields)
                {
                    multipart.Add(new StringContent(value), key);
                }

                var file = new ByteArrayContent(new byte[64 * 1024]);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                multipart.Add(file, "upload", "big.bin");
                content = multipart;
                break;
        }

        var before = (await site.ReadResultsAsync()).Count;

        var response = await client.PostAsync("/quiz", content);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{kind}: {response.StatusCode}");
        var dom = await Html.ReadAsync(response);
        // The limit refused it before the quiz page saw it: the friendly error page, not the form with problems.
        Assert.Contains(dom.QuerySelector("main h1")?.TextContent, ErrorHeadings);
        Assert.Null(dom.QuerySelector("form.quiz-form"));
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }
}
