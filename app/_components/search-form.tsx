/** A plain GET form, so search works without JavaScript. */
export function SearchForm({ defaultValue = '', id = 'site-search' }: { defaultValue?: string; id?: string }) {
  return (
    <form role="search" action="/search" method="get" className="search-form">
      <label htmlFor={id} className="visually-hidden">
        Search the blog
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder="Search…" maxLength={200} />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
