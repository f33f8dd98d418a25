using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Security;

/// <summary>How many form posts one client address may send per minute (setting section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Quiz submissions; a person answering honestly sends one every few minutes.</summary>
    [Range(1, 1_000_000)]
    public int QuizPostsPerMinute { get; set; } = 20;

    /// <summary>Delete confirmations; a person deletes one result, a guesser tries many tokens.</summary>
    [Range(1, 1_000_000)]
    public int DeletePostsPerMinute { get; set; } = 10;
}
