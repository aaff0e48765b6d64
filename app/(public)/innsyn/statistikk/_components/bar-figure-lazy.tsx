'use client';
// The statistics charts load recharts (the biggest client dependency) only after the page
// itself, as the evaluation page's score chart does; the table beside each chart holds the
// same numbers, so nothing is missing meanwhile.
import dynamic from 'next/dynamic';

export const BarFigure = dynamic(() => import('./bar-figure').then((m) => m.BarFigure), { ssr: false });
