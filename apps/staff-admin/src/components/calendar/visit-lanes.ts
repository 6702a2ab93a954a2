/**
 * Side-by-side lanes for blocks that overlap in time (a location's week shows every provider's visits
 * in one column per day): each block takes the first lane free at its start; `lanes` is how many
 * lanes its cluster of overlapping blocks needs, so widths are 1 / lanes.
 */
export function visitLanes<T extends { startMinute: number; endMinute: number }>(blocks: readonly T[]): (T & { lane: number; lanes: number })[] {
  const sorted = [...blocks].sort((a, b) => a.startMinute - b.startMinute || a.endMinute - b.endMinute);
  const placed: (T & { lane: number; lanes: number })[] = [];
  let cluster: (T & { lane: number; lanes: number })[] = [];
  let clusterEnd = -Infinity;
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((block) => block.lane + 1));
    for (const block of cluster) block.lanes = lanes;
    cluster = [];
  };
  for (const block of sorted) {
    if (block.startMinute >= clusterEnd) closeCluster();
    const busy = new Set(cluster.filter((other) => other.endMinute > block.startMinute).map((other) => other.lane));
    let lane = 0;
    while (busy.has(lane)) lane += 1;
    const entry = { ...block, lane, lanes: 1 };
    cluster.push(entry);
    placed.push(entry);
    clusterEnd = Math.max(clusterEnd, block.endMinute);
  }
  closeCluster();
  return placed;
}
