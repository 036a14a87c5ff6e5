import { WelcomeCard } from '@/features/shell/welcome-card';

export default function HomePage() {
  return <WelcomeCard />;
}
