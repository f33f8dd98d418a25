namespace AttachmentGuide.Web.Data;

/// <summary>
/// One anonymous saved result. These columns are the whole of what is stored, on purpose: no IP address,
/// user agent, cookie id, time of day or free text, so a row cannot be tied back to a person.
/// </summary>
public sealed class SavedResult
{
    /// <summary>128 random bits, base64url: not guessable, not sequential.</summary>
    public required string Id { get; init; }

    public required string QuizVersion { get; init; }

    /// <summary>UTC day only: a time of day would help tie a row to a visit.</summary>
    public required DateOnly CreatedOn { get; init; }

    /// <summary>The answers as a JSON object of statement id to answer (1–7), so a row explains itself after the quiz changes.</summary>
    public required string Answers { get; init; }

    public required double AnxietyScore { get; init; }

    public required double AvoidanceScore { get; init; }

    /// <summary>A pattern key, or keys joined by '+' when the result lies between patterns.</summary>
    public required string Pattern { get; init; }

    /// <summary>SHA-256 of the private delete token; the token itself is never stored.</summary>
    public required byte[] DeleteTokenHash { get; init; }
}
