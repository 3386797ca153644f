import type { AddressInfo } from 'node:net';

/** `127.0.0.1:65432` or `[::1]:65432`: brackets keep an IPv6 address apart from its port. */
export function formatAddress(host: string | undefined, port: number | undefined): string {
  const shown = host ?? '?';
  return `${shown.includes(':') ? `[${shown}]` : shown}:${port ?? '?'}`;
}

export function formatAddressInfo(info: AddressInfo): string {
  return formatAddress(info.address, info.port);
}
