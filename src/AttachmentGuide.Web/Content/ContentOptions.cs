using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Content;

/// <summary>Where the editors' Markdown and quiz files live (setting <c>Content:Path</c>).</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Absolute path after start-up; a relative setting is resolved against the app's content root.</summary>
    [Required(ErrorMessage = "Content:Path is not set and no content/ folder was found above the app. Set Content:Path (environment Content__Path) to the folder that holds guide/ and quiz/.")]
    public string? Path { get; set; }
}
