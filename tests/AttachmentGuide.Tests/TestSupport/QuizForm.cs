using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AttachmentGuide.Tests.TestSupport;

/// <summary>
/// The quiz form as served: its hidden fields (version, antiforgery token) and statement fields, read with
/// AngleSharp so tests post exactly what a browser would.
/// </summary>
public sealed class QuizForm
{
    private QuizForm(IHtmlFormElement form)
    {
        Hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => (i.Name!, i.Value)).ToList();
        StatementFields = form.QuerySelectorAll<IHtmlFieldSetElement>("fieldset.statement")
            .Select(f => f.QuerySelector<IHtmlInputElement>("input[type=radio]")!.Name!)
            .ToList();
        Action = form.GetAttribute("action") ?? "/quiz";
    }

    public List<(string Name, string Value)> Hidden { get; }

    public List<string> StatementFields { get; }

    public string Action { get; }

    public static async Task<QuizForm> LoadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/quiz");
        response.EnsureSuccessStatusCode();
        var document = await Html.ReadAsync(response);
        return new QuizForm(document.QuerySelector<IHtmlFormElement>("form.quiz-form")
            ?? throw new InvalidOperationException("The quiz page has no quiz form."));
    }

    public static QuizForm From(IDocument document) =>
        new(document.QuerySelector<IHtmlFormElement>("form.quiz-form")!);

    /// <summary>The fields a browser sends: hidden fields plus one checked radio per answer given.</summary>
    public List<KeyValuePair<string, string>> Fields(IReadOnlyList<int?> answers, bool save = false)
    {
        var fields = Hidden.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList();
        for (var i = 0; i < StatementFields.Count; i++)
        {
            if (i < answers.Count && answers[i] is { } answer)
            {
                fields.Add(new(StatementFields[i], answer.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (save)
        {
            fields.Add(new("save", "true"));
        }

        return fields;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(Action, new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, IReadOnlyList<int?> answers, bool save = false) =>
        PostAsync(client, Fields(answers, save));

    public static int?[] All(int value, int count) => [.. Enumerable.Repeat<int?>(value, count)];
}
