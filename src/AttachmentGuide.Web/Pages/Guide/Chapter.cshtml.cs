using AttachmentGuide.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using AttachmentGuide.Web.Guide;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Guide;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ChapterModel(GuideLibrary guide, IHostEnvironment environment) : PageModel
{
    public Chapter Chapter { get; private set; } = null!;

    public Chapter? Previous { get; private set; }

    public Chapter? Next { get; private set; }

    /// <summary>Drafts and scheduled chapters are previewed in Development only.</summary>
    public bool IsDraft { get; private set; }

    public IActionResult OnGet(string slug)
    {
        // Only well-formed slugs are looked up, and only in memory: a request can never name a file.
        if (!Slugs.IsValid(slug))
        {
            return NotFound();
        }

        var snapshot = guide.Current;
        if (snapshot.Find(slug) is not { } chapter)
        {
            return NotFound();
        }

        IsDraft = !snapshot.IsPublished(chapter);
        if (IsDraft && !environment.IsDevelopment())
        {
            return NotFound();
        }

        Chapter = chapter;
        (Previous, Next) = snapshot.Neighbours(chapter);
        return Page();
    }
}
