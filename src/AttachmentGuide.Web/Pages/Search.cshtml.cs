using AttachmentGuide.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages;

public sealed class SearchModel(SearchIndex index) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public IActionResult OnGet([FromQuery(Name = "q")] string? q)
    {
        Query = SearchQuery.Parse(q);
        if (Query.Kind == SearchQueryKind.TooLong)
        {
            // The page still renders, with a friendly message, under a status that says the request was wrong.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Hits = index.Search(Query);
        return Page();
    }
}
