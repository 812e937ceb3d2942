import { HouseholdsPageServer, measureHouseholdsPage, PageLoad, sitesAnsweredDifferently } from './http-load';
import { median, round } from './stats';

export interface PageSideBySide {
  /** The medians of each server's rounds. */
  project: PageLoad;
  peer: PageLoad;
  /** project / peer requests per second: ≥ 1 is the target. */
  ratio: number;
  rounds: Array<{ project: PageLoad; peer: PageLoad }>;
  /** Sites whose first page the two servers answered differently (checked on every site first). */
  differing_sites: number;
  sites: number;
}

const medianLoad = (loads: PageLoad[]): PageLoad => ({
  rps: round(median(loads.map((l) => l.rps)), 0),
  p50_ms: round(median(loads.map((l) => l.p50_ms)), 1),
  p95_ms: round(median(loads.map((l) => l.p95_ms)), 1),
  requests: loads.reduce((sum, l) => sum + l.requests, 0),
  errors: loads.reduce((sum, l) => sum + l.errors, 0),
});

/**
 * The households page from the project and from its peer, side by side: first every site's page
 * from both, compared; then a warm-up of each; then `rounds` rounds in which the two take turns
 * under the same load (who goes first alternates, so a drift in the machine's load weighs on both).
 */
export async function comparePageWithPeer(
  project: HouseholdsPageServer,
  peer: HouseholdsPageServer,
  siteIds: readonly string[],
  settings: { connections: number; seconds: number; rounds: number; log: (line: string) => void },
): Promise<PageSideBySide> {
  const differing = await sitesAnsweredDifferently(project, peer, siteIds);
  settings.log(`households page: ${siteIds.length - differing.length} of ${siteIds.length} sites answered alike by the project and ${peer.name}`);
  for (const server of [project, peer]) await measureHouseholdsPage(server, siteIds, settings.connections, 5);
  const rounds: PageSideBySide['rounds'] = [];
  for (let i = 0; i < settings.rounds; i++) {
    const order = i % 2 === 0 ? [project, peer] : [peer, project];
    const measured = new Map<HouseholdsPageServer, PageLoad>();
    for (const server of order) {
      const load = await measureHouseholdsPage(server, siteIds, settings.connections, settings.seconds);
      settings.log(`households page, round ${i + 1}, ${server.name}: ${load.rps.toFixed(0)} req/s, p95 ${load.p95_ms.toFixed(1)} ms, errors ${load.errors}`);
      measured.set(server, load);
    }
    rounds.push({ project: measured.get(project) as PageLoad, peer: measured.get(peer) as PageLoad });
  }
  const projectLoad = medianLoad(rounds.map((r) => r.project));
  const peerLoad = medianLoad(rounds.map((r) => r.peer));
  return { project: projectLoad, peer: peerLoad, ratio: round(projectLoad.rps / peerLoad.rps, 2), rounds, differing_sites: differing.length, sites: siteIds.length };
}
