using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Typed reads from a YAML mapping that report problems with file and line instead of throwing,
/// so editors get every mistake at once.
/// </summary>
public sealed class YamlNodes(string file, int lineOffset, List<ContentProblem> problems)
{
    public List<ContentProblem> Problems => problems;

    /// <summary>Parses one YAML document; null (and a problem) when it is malformed or not a mapping.</summary>
    public YamlMappingNode? ParseMapping(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            Error(ex.Start, $"the YAML is malformed: {TrimPosition(reason)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some unclosed [ or { lists.
            problems.Add(ContentProblem.Error(file, lineOffset + 1, "the YAML is malformed: check for an unclosed [ or { or a missing quote"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(ContentProblem.Error(file, lineOffset + 1, "expected YAML fields (name: value), found none"));
            return null;
        }

        return root;
    }

    public int LineOf(YamlNode node) => LineOf(node.Start);

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Warning(YamlNode node, string message) =>
        problems.Add(ContentProblem.Warning(file, LineOf(node), message));

    public void Error(Mark mark, string message) =>
        problems.Add(ContentProblem.Error(file, LineOf(mark), message));

    public YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode scalar && scalar.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Warns about every key not in <paramref name="known"/>: usually a typo that would be silently ignored.</summary>
    public void WarnUnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> known, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                Warning(key, $"unknown field '{name}' in {where} (known: {string.Join(", ", known)}); it is ignored");
            }
        }
    }

    public string? RequiredString(YamlMappingNode map, string key, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            problems.Add(ContentProblem.Error(file, LineOf(map), $"{where} is missing the required field '{key}'"));
            return null;
        }

        return Text(node, key);
    }

    public string? Text(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Error(node, $"'{key}' must be a non-empty text");
        return null;
    }

    public int? RequiredInt(YamlMappingNode map, string key, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            problems.Add(ContentProblem.Error(file, LineOf(map), $"{where} is missing the required field '{key}'"));
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"'{key}' must be a whole number");
        return null;
    }

    public decimal? RequiredDecimal(YamlMappingNode map, string key, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            problems.Add(ContentProblem.Error(file, LineOf(map), $"{where} is missing the required field '{key}'"));
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"'{key}' must be a number such as 4.0");
        return null;
    }

    public bool OptionalBool(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(node, $"'{key}' must be true or false");
        return false;
    }

    public DateOnly? Date(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, $"'{key}' must be a date written as YYYY-MM-DD, for example 2026-11-27");
        return null;
    }

    private int LineOf(Mark mark) => lineOffset + (int)Math.Max(1, mark.Line);

    // YamlDotNet repeats "(Line: 3, Col: 1, Idx: ...)" in its messages; the file:line prefix already says where.
    private static string TrimPosition(string message)
    {
        var cut = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.', ':');
    }
}
