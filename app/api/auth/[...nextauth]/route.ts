import type { NextRequest } from 'next/server';
import { refuseForeignCallback } from '@/lib/auth/callback-guard';
import { handlers } from '@/lib/auth/config';

export async function GET(request: NextRequest): Promise<Response> {
  return (await refuseForeignCallback(request)) ?? handlers.GET(request);
}

export async function POST(request: NextRequest): Promise<Response> {
  return (await refuseForeignCallback(request)) ?? handlers.POST(request);
}
