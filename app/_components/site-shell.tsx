import { Sidebar } from './sidebar';

/** Main content beside the browsing sidebar. */
export function WithSidebar({ children }: { children: React.ReactNode }) {
  return (
    <div className="container page">
      <div>{children}</div>
      <Sidebar />
    </div>
  );
}
