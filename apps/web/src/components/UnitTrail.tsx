import { Breadcrumb } from 'antd';
import { Link } from 'react-router';

export interface UnitAncestor {
  code: string;
  name: string;
  parent?: UnitAncestor | null;
}

/**
 * Where a page sits: the divisions above it as far as the caller may see (the API gives no
 * parent above one's jurisdiction), each a link to its platform.
 */
export function UnitTrail({ from, site, current }: { from?: UnitAncestor | null; site?: { id: string; name: string }; current: string }) {
  const ancestors: UnitAncestor[] = [];
  for (let unit = from; unit; unit = unit.parent) ancestors.unshift(unit);
  // At the top of one's jurisdiction there is nowhere to go up to.
  if (ancestors.length === 0) return null;
  return (
    <Breadcrumb
      className="unit-trail"
      items={[
        ...ancestors.map((unit) => ({ key: unit.code, title: <Link to={`/division/${unit.code}`}>{unit.name}</Link> })),
        ...(site ? [{ key: site.id, title: <Link to={`/site/${site.id}`}>{site.name}</Link> }] : []),
        { key: 'current', title: current },
      ]}
    />
  );
}
