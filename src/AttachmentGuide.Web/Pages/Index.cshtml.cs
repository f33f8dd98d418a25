using AttachmentGuide.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using AttachmentGuide.Web.Guide;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class IndexModel(GuideLibrary guide) : PageModel
{
    public IReadOnlyList<Chapter> Chapters { get; private set; } = [];

    public void OnGet() => Chapters = guide.Current.Published;
}
