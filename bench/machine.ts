// One line describing the machine a benchmark ran on. systeminformation spawns shells, which is
// fine here: this runs once per benchmark run, never on a sampling path.
import si from 'systeminformation';
import { release } from 'node:os';

export async function machineDescription(): Promise<string> {
  const [cpu, mem] = await Promise.all([si.cpu(), si.mem()]);
  return `${cpu.manufacturer} ${cpu.brand}, ${cpu.cores} logical CPUs, ${(mem.total / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}`;
}
