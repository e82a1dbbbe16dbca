import { createContext, useContext } from 'react';
import type { OrderDeskDatabase } from './database';
import type { Session } from './session';
import type { SyncEngine } from './sync-engine';

export interface DataContextValue {
  session: Session;
  db: OrderDeskDatabase;
  engine: SyncEngine;
  logout: () => void;
}

export const DataContext = createContext<DataContextValue | undefined>(undefined);

/** The signed-in session's local database and sync engine. */
export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData outside DataProvider');
  return value;
}
