using AttachmentGuide.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Guide;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ChapterModel(GuideLibrary guide, IHostEnvironment environment, IOptions<SiteOptions> site) : PageModel
{
    public Chapter Chapter { get; private set; } = null!;

    public Chapter? Previous { get; private set; }

    public Chapter? Next { get; private set; }

    /// <summary>Drafts and scheduled chapters are previewed in Development only.</summary>
    public bool IsDraft { get; private set; }

    /// <summary>schema.org Article data for search engines, already encoded for a script data block.</summary>
    public string JsonLd { get; private set; } = "";

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
        JsonLd = ArticleJsonLd.For(chapter, site.Value);
        (Previous, Next) = snapshot.Neighbours(chapter);
        return Page();
    }
}
