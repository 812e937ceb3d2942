import { useEffect, useState } from 'react';
import { Image, Skeleton } from 'antd';
import { fetchWithToken } from '../api/client';

/**
 * An evidence photo. Files need the bearer token, so the image is fetched and shown as a data
 * URL (the API's content security policy allows data: images, not blob: ones).
 */
export function EvidenceImage({ path, alt }: { path: string; alt: string }) {
  const [source, setSource] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetchWithToken(path)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        const reader = new FileReader();
        reader.onload = () => !cancelled && setSource(reader.result as string);
        reader.readAsDataURL(blob);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [path]);
  if (failed) return <div className="evidence-image evidence-image-missing">照片无法加载</div>;
  if (!source) return <Skeleton.Image active className="evidence-image" />;
  return <Image src={source} alt={alt} className="evidence-image" width={160} height={120} />;
}
